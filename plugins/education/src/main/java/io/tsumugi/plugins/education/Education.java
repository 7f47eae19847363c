package io.tsumugi.plugins.education;

/** Names the cram school plugin shares between its extensions. */
public final class Education {

  /** Where the metadata package sits in the jar. */
  public static final String METADATA = "tsumugi/metadata";

  /** 生徒. */
  public static final String STUDENT = "education_student";

  /** コース. */
  public static final String COURSE = "education_course";

  /** 受講. */
  public static final String ENROLLMENT = "education_enrollment";

  /** 進路. */
  public static final String CAREER_PATH = "education_career_path";

  private Education() {}
}
