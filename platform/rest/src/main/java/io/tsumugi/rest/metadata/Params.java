package io.tsumugi.rest.metadata;

import io.tsumugi.rest.problem.ApiException;

/** Query and path parameters read as text and checked here, so errors are 400 with a message. */
final class Params {

  private Params() {}

  static int version(String name, String value) {
    if (value == null || !value.matches("\\d{1,9}")) {
      throw ApiException.badRequest(
          "parameter.invalid",
          "パラメーター " + name + " にはバージョン番号（正の整数）を指定してください。",
          "Parameter " + name + " must be a version number (a positive integer).");
    }
    return Integer.parseInt(value);
  }

  static boolean flag(String name, String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true") || value.isEmpty()) {
      return true;
    }
    throw ApiException.badRequest(
        "parameter.invalid",
        "パラメーター " + name + " は true か false です。",
        "Parameter " + name + " must be true or false.");
  }
}
