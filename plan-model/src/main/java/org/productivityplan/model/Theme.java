package org.productivityplan.model;

/**
 * The four themes the Minister's letter of 16 April 2024 asked every plan to answer, in the
 * guidance's order.
 */
public enum Theme implements Coded {
  /** Theme 1: how the council has transformed the way it designs and delivers services. */
  TRANSFORMING_SERVICES(1, "Transforming services to make better use of resources"),

  /** Theme 2: how it plans to take advantage of technology and make better use of data. */
  TECHNOLOGY_AND_DATA(2, "Taking advantage of technology and making better use of data"),

  /** Theme 3: its plans to reduce wasteful spend within its organisation and systems. */
  REDUCING_WASTEFUL_SPEND(3, "Reducing wasteful spend"),

  /** Theme 4: the barriers preventing progress that government can help to reduce or remove. */
  REMOVING_BARRIERS(4, "Barriers that government can help to reduce or remove");

  private final int number;
  private final String title;
  private final String code = Coded.toCode(name());

  Theme(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * Returns the theme's number in the guidance, 1 to 4.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the theme's short title, in English.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the theme with the given number.
   *
   * @param number 1 to 4
   * @return the theme
   * @throws IllegalArgumentException naming the number when it is not 1 to 4
   */
  public static Theme ofNumber(int number) {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("The guidance has themes 1 to 4, not " + number);
    }
    return values()[number - 1];
  }

  @Override
  public String code() {
    return code;
  }
}
