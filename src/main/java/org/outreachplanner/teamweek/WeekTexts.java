package org.outreachplanner.teamweek;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.outreachplanner.i18n.Texts;
import org.springframework.context.MessageSource;

/** Texts, dates and numbers of the exports in one language (from the message bundles). */
final class WeekTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter EN_SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
  private static final DateTimeFormatter VI_DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  private final MessageSource messages;
  private final Locale locale;
  private final NumberFormat numbers;

  WeekTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = Texts.formatLocale(locale);
    this.numbers = NumberFormat.getIntegerInstance(this.locale);
  }

  Locale locale() {
    return locale;
  }

  String t(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** A day in full: "Monday, 23 November 2026", "Thứ Hai, 23 tháng 11, 2026". */
  String longDate(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
  }

  /** A day in short, for a line of text: "Mon 23 Nov", "T2 23/11". */
  String shortDate(LocalDate date) {
    if (locale.getLanguage().equals("vi")) {
      DayOfWeek day = date.getDayOfWeek();
      return (day == DayOfWeek.SUNDAY ? "CN" : "T" + (day.getValue() + 1))
          + " "
          + VI_DAY_MONTH.format(date);
    }
    return EN_SHORT.format(date);
  }

  /** A day with its year, as everywhere in the server's texts: "23 Nov 2026", "23 thg 11, 2026". */
  String mediumDate(LocalDate date) {
    return Texts.date(date, locale);
  }

  String time(LocalTime time) {
    return TIME.format(time);
  }

  String number(long n) {
    return numbers.format(n);
  }

  /** A number with up to one decimal: "1.5" in English, "1,5" in Vietnamese. */
  String decimal(double n) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(1);
    return f.format(n);
  }
}
