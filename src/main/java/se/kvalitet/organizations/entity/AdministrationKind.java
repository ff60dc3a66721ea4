package se.kvalitet.organizations.entity;

/** A board governs either an administration (förvaltning) or a city-owned company (bolag). */
public enum AdministrationKind { ADMINISTRATION, COMPANY }
