package se.kvalitet.organizations.entity;

/**
 * Service area (verksamhetsområde) of a unit. Used for competition classes, examiner competence
 * and the good-examples library facets.
 */
public enum ServiceArea {
    PRESCHOOL, SCHOOL, ELDERLY_CARE, SOCIAL_SERVICES, DISABILITY, CULTURE_LEISURE, URBAN_ENVIRONMENT,
    ADMINISTRATIVE_SUPPORT, OTHER
}
