package org.outreachplanner.i18n;

/**
 * An exception whose message is a {@link Text}: the API answers it in the request's language, the
 * command line and the logs in English ({@code getMessage()}).
 */
public interface LocalizedException {

  Text text();
}
