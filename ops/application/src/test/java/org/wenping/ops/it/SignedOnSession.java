package org.wenping.ops.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session without the browser: signed on through the login form, then requests with its cookies. */
final class SignedOnSession {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    private SignedOnSession(int port) {
        this.port = port;
    }

    static SignedOnSession signOn(int port, String user, String password) {
        SignedOnSession session = new SignedOnSession(port);
        session.get("/login");
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(session.csrf());
        HttpResponse<String> signedOn = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (signedOn.statusCode() != 302 || signedOn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-on failed: " + signedOn.statusCode() + " " + signedOn.headers());
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The CSRF token the pages send back, from its cookie. */
    String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
