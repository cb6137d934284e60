package io.fastjpa.docs;

/**
 * A row of a grouped query, made by a JPQL constructor expression.
 *
 * @param age the age
 * @param heroes how many heroes have it
 */
public record AgeGroup(Integer age, Long heroes) {}
