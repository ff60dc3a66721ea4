package se.kvalitet.organizations.entity;

/** Who runs the unit: the city itself, a private provider, or a provider under contract with the city. */
public enum OperatorType { MUNICIPAL, PRIVATE, CONTRACTED }
