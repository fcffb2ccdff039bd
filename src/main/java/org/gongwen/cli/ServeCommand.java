package org.gongwen.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/** {@code gongwen serve [--port 8080] [--out DIR]}: previews the built site over http on localhost only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve OUT/site on http://127.0.0.1:PORT/ for previewing (read-only, localhost only)."})
final class ServeCommand implements Callable<Integer> {
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder of a build (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path site = out.resolve("site").toAbsolutePath().normalize();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            spec.commandLine().getErr().println("gongwen serve: no site in " + site + " (run gongwen build first)");
            return ExitCodes.SOME_FAILED;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> handle(exchange, site));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Serving " + site + " on http://127.0.0.1:" + server.getAddress().getPort() + "/ (Ctrl-C stops)");
        stdout.flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    static void handle(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(body);
                }
            }
        } catch (IllegalArgumentException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }
}
