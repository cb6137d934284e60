package io.fastjpa.stack;

/** A DTO projection of a gadget, built by a JPQL constructor expression. */
public record GadgetView(Long id, String name) {}
