package io.tsumugi.rest.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the API refuses, with everything its problem document needs: HTTP status, a stable code
 * (also the last segment of the problem {@code type}), a title and detail in Japanese and English,
 * the field errors, and extra response headers (e.g. {@code Retry-After}).
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String code;
  private final String detailJa;
  private final List<FieldError> errors;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /** A problem without field errors. */
  public ApiException(int status, String code, String detailJa, String detailEn) {
    this(status, code, detailJa, detailEn, List.of());
  }

  /** A problem with field errors. */
  public ApiException(
      int status, String code, String detailJa, String detailEn, List<FieldError> errors) {
    super(detailEn, null, false, false); // no stack trace: this is an answer, not a crash
    this.status = status;
    this.code = code;
    this.detailJa = detailJa;
    this.errors = List.copyOf(errors);
  }

  /** Adds a response header. */
  public ApiException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String detailJa() {
    return detailJa;
  }

  public String detailEn() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  /** 400: the request is malformed. */
  public static ApiException badRequest(String code, String ja, String en) {
    return new ApiException(400, code, ja, en);
  }

  /** 404: nothing at this address. */
  public static ApiException notFound(String code, String ja, String en) {
    return new ApiException(404, code, ja, en);
  }

  /** 422: well-formed but the values are wrong; one entry per field. */
  public static ApiException invalid(List<FieldError> errors) {
    return new ApiException(
        422,
        "validation.failed",
        "入力内容に誤りがあります（" + errors.size() + " 件）。",
        "The request has " + errors.size() + " invalid value(s).",
        errors);
  }
}
