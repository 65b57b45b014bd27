import type { Schema, Struct } from '@strapi/strapi';

export interface SharedContact extends Struct.ComponentSchema {
  collectionName: 'components_shared_contacts';
  info: {
    description: '\u0110\u1ECBa ch\u1EC9, \u0111i\u1EC7n tho\u1EA1i, email, website';
    displayName: 'Li\u00EAn h\u1EC7';
    icon: 'phone';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    email: Schema.Attribute.Email &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    website: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
  };
}

export interface SharedLeader extends Struct.ComponentSchema {
  collectionName: 'components_shared_leaders';
  info: {
    description: 'H\u1ECD t\u00EAn v\u00E0 ch\u1EE9c v\u1EE5';
    displayName: 'L\u00E3nh \u0111\u1EA1o';
    icon: 'user';
  };
  attributes: {
    fullName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    position: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface SharedRelatedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_related_links';
  info: {
    description: 'M\u1ED9t c\u1ED5ng th\u00F4ng tin li\u00EAn quan (t\u00EAn v\u00E0 \u0111\u1ECBa ch\u1EC9), hi\u1EC7n \u1EDF c\u1ED9t b\u00EAn c\u1EE7a trang ch\u1EE7 v\u00E0 trang tin b\u00E0i';
    displayName: 'Li\u00EAn k\u1EBFt website';
    icon: 'link';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Ti\u00EAu \u0111\u1EC1, m\u00F4 t\u1EA3 v\u00E0 \u1EA3nh chia s\u1EBB cho c\u00F4ng c\u1EE5 t\u00ECm ki\u1EBFm v\u00E0 m\u1EA1ng x\u00E3 h\u1ED9i';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 170;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noIndex: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_social_links';
  info: {
    displayName: 'M\u1EA1ng x\u00E3 h\u1ED9i';
    icon: 'link';
  };
  attributes: {
    platform: Schema.Attribute.Enumeration<
      ['facebook', 'zalo', 'youtube', 'tiktok', 'website']
    > &
      Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.contact': SharedContact;
      'shared.leader': SharedLeader;
      'shared.related-link': SharedRelatedLink;
      'shared.seo': SharedSeo;
      'shared.social-link': SharedSocialLink;
    }
  }
}
