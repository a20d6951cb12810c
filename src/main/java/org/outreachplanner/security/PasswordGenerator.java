package org.outreachplanner.security;

import java.security.SecureRandom;

/** Random passwords that are easy to read out and type: no 0/O, 1/l/I. */
public final class PasswordGenerator {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordGenerator() {}

  /** 16 characters in four groups of four: about 93 bits of randomness. */
  public static char[] generate() {
    char[] out = new char[19];
    for (int i = 0; i < out.length; i++) {
      if (i % 5 == 4) {
        out[i] = '-';
      } else {
        out[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
      }
    }
    return out;
  }
}
