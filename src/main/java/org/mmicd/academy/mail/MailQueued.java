package org.mmicd.academy.mail;

/** Fired when a transaction writes mail; its observers act once the transaction has committed. */
public record MailQueued(String dedupeKey) {}
