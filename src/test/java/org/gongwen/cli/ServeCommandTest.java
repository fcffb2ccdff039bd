package org.gongwen.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path site;

    @Test
    void servesFilesWithTypesAnd404sOutsideTheSite() throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>首页</p>");
        Files.writeString(site.resolve("404.html"), "<p>未找到</p>");
        Files.createDirectories(site.resolve("search"));
        Files.writeString(site.resolve("search/index.js"), "gongwenSearch.index({});");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> ServeCommand.handle(exchange, site));
        server.start();
        try {
            String root = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(root + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).isEqualTo("<p>首页</p>");
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            HttpResponse<String> js = client.send(HttpRequest.newBuilder(URI.create(root + "/search/index.js"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(root + "/a/%2e%2e/%2e%2e/x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("<p>未找到</p>");
        } finally {
            server.stop(0);
        }
    }
}
