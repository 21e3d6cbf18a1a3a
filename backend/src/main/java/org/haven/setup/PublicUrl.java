package org.haven.setup;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people reach Haven: the start of every link Haven hands out (intake links for families,
 * links in emails). {@code haven.public-url} ({@code HAVEN_PUBLIC_URL}) when set. When it is not,
 * a link made during a request starts with the address the caller's browser used, but only if
 * that address names this server: one of {@code haven.allowed-hosts} ({@code HAVEN_ALLOWED_HOSTS})
 * or one of the server's own names and addresses. The Host header is the client's to write, so
 * anything else is refused rather than put into a link a family will trust.
 */
@Component
public class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final Optional<String> configured;
    private final Set<String> ownHosts;

    PublicUrl(@Value("${haven.public-url:}") String configured, @Value("${haven.allowed-hosts:}") List<String> allowedHosts) {
        this.configured = Optional.of(configured.strip().replaceAll("/+$", "")).filter(url -> !url.isEmpty());
        this.configured.ifPresent(PublicUrl::check);
        Set<String> hosts = new TreeSet<>();
        allowedHosts.stream().map(PublicUrl::normalised).filter(host -> !host.isEmpty()).forEach(hosts::add);
        hosts.addAll(serverNames());
        this.ownHosts = Collections.unmodifiableSet(hosts);
        if (this.configured.isEmpty()) {
            log.warn("HAVEN_PUBLIC_URL is not set: links sent to families start with the address the caseworker's "
                    + "browser used, when it is one of this server's names ({}). Set HAVEN_PUBLIC_URL to the address "
                    + "people reach Haven at, e.g. https://haven.example.org (docs/operations.md).", ownHosts);
        }
    }

    /** True when {@code haven.public-url} is set; admins are warned while it is not. */
    public boolean isConfigured() {
        return configured.isPresent();
    }

    /** The configured public URL, without a trailing slash. */
    public Optional<String> configured() {
        return configured;
    }

    /**
     * The start of links made while answering this request: the configured URL, else the
     * request's own scheme, host and port when the host is one of this server's names.
     *
     * @throws ProblemException (409 {@code public-url-unknown}) for any other host
     */
    public String forRequest(HttpServletRequest request) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String host = normalised(request.getServerName());
        if (!ownHosts.contains(host)) {
            log.warn("Refused to build a link for the unknown host {} (HAVEN_PUBLIC_URL is not set)", host);
            throw new ProblemException(ProblemType.PUBLIC_URL_UNKNOWN, "Haven cannot make a link for the address "
                    + "you used to reach it. An administrator must set Haven's public address (HAVEN_PUBLIC_URL).");
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + hostPart + (defaultPort ? "" : ":" + port);
    }

    private static void check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("haven.public-url (HAVEN_PUBLIC_URL) is not a URL: " + url, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("haven.public-url (HAVEN_PUBLIC_URL) must be an http or https address "
                    + "such as https://haven.example.org, not " + url);
        }
    }

    /** Lower case, without IPv6 brackets or a zone ("[fe80::1%eth0]" → "fe80::1"). */
    private static String normalised(String host) {
        String plain = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        int zone = plain.indexOf('%');
        return zone < 0 ? plain : plain.substring(0, zone);
    }

    /** localhost, the machine's host names and the addresses of its network interfaces. */
    private static Set<String> serverNames() {
        Set<String> names = new TreeSet<>(List.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(normalised(local.getHostName()));
            names.add(normalised(local.getHostAddress()));
        } catch (UnknownHostException e) {
            log.debug("This machine's own host name is unknown", e);
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(network.getInetAddresses()).forEach(address -> names.add(normalised(address.getHostAddress())));
            }
        } catch (SocketException e) {
            log.debug("This machine's network addresses are unknown", e);
        }
        return names;
    }
}
