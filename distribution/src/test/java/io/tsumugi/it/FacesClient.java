package io.tsumugi.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that can submit Faces forms the way a browser does (view state
 * included), for tests that need a session but no JavaScript.
 */
final class FacesClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final RunningServer server;
  private final String acceptLanguage;
  private final HttpClient http;
  private String lastPage = "";

  FacesClient(RunningServer server, String acceptLanguage) {
    this.server = server;
    this.acceptLanguage = acceptLanguage;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempt (see ApiClient)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** The body of the last page read or posted. */
  String lastPage() {
    return lastPage;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request(server.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    lastPage = response.body();
    return response;
  }

  /** Posts the form {@code formId} of the last page with the given fields and submit button. */
  HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    Matcher viewState = VIEW_STATE.matcher(lastPage);
    if (!viewState.find()) {
      throw new IllegalStateException("No Faces view state on the last page: " + lastPage);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    fields.forEach((name, value) -> form.put(formId + ":" + name, value));
    form.put(formId + ":" + button, "");
    form.put("jakarta.faces.ViewState", viewState.group(1));
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        http.send(
            request(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    lastPage = response.body();
    return response;
  }

  /** Replaces the view state of the last page, as a cross-site form would have to guess it. */
  void forgeViewState(String value) {
    lastPage =
        VIEW_STATE
            .matcher(lastPage)
            .replaceAll("name=\"jakarta.faces.ViewState\" value=\"" + value + "\"");
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept-Language", acceptLanguage);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
