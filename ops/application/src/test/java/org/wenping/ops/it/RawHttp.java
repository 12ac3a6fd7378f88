package org.wenping.ops.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: for what {@code java.net.http.HttpClient} refuses to
 * send (a raw {@code [} or a non-ASCII byte in a header, an over-long request line).
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A request's head, one line per element, sent as ISO-8859-1 so that {@code \u00e9} is the one byte 0xE9. */
    static Response send(int port, String requestLine, String user, String[] headers, String body) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port)
                .append("\r\nConnection: close\r\n");
        if (user != null) {
            head.append("Authorization: Basic ").append(Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        for (String header : headers) head.append(header).append("\r\n");
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) head.append("Content-Length: ").append(payload.length).append("\r\n");
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return Response.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Response parse(byte[] raw) throws IOException {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) throw new IOException("no response head in: " + text);
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = unchunk(body);
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] chunked) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            InputStream in = new java.io.ByteArrayInputStream(chunked);
            while (true) {
                StringBuilder size = new StringBuilder();
                for (int c = in.read(); c != '\n'; c = in.read()) {
                    if (c < 0) return body.toByteArray();
                    if (c != '\r') size.append((char) c);
                }
                int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
                if (length == 0) return body.toByteArray();
                body.write(in.readNBytes(length));
                in.skipNBytes(2);
            }
        }
    }
}
