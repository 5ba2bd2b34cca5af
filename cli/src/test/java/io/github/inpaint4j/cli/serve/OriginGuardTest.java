package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginGuardTest {

    private static OriginGuard loopback(List<String> extra) throws UnknownHostException {
        return OriginGuard.forAddress(InetAddress.getByName("127.0.0.1"), 8080, extra);
    }

    private static void refused(OriginGuard guard, String host, String origin, String expected) {
        HttpError e = assertThrows(HttpError.class, () -> guard.check(host, origin), host + " / " + origin);
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void servesItsOwnNamesWithItsPortAndProgramsWithoutOrigin() throws UnknownHostException {
        OriginGuard guard = loopback(List.of());
        for (String host : List.of("127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "localhost.:8080", "[::1]:8080")) {
            assertDoesNotThrow(() -> guard.check(host, null), host);
            assertDoesNotThrow(() -> guard.check(host, "http://" + host), host);
        }
        assertDoesNotThrow(() -> guard.check("127.0.0.1:8080", "http://localhost:8080"));
    }

    @Test
    void refusesOtherNamesAndPortsInHost() throws UnknownHostException {
        OriginGuard guard = loopback(List.of());
        // a DNS-rebinding page's requests carry its own name
        refused(guard, "evil.example:8080", null, "Host header 'evil.example:8080' does not name this server");
        refused(guard, "127.0.0.1:9999", null, "does not name this server");
        refused(guard, "127.0.0.1", null, "does not name this server"); // port 80
        refused(guard, "127.0.0.1:80x", null, "does not name this server");
        refused(guard, "[::1", null, "does not name this server");
        refused(guard, null, null, "Host header is missing");
        HttpError e = assertThrows(HttpError.class, () -> guard.check("evil.example:8080", null));
        for (String name : guard.hosts()) {
            assertTrue(!e.getMessage().contains(name), "the refusal names none of the server's names: " + e.getMessage());
        }
    }

    @Test
    void refusesOtherSitesInOrigin() throws UnknownHostException {
        OriginGuard guard = loopback(List.of());
        refused(guard, "127.0.0.1:8080", "http://evil.example", "Origin 'http://evil.example'");
        refused(guard, "127.0.0.1:8080", "https://127.0.0.1:8080", "another site");
        refused(guard, "127.0.0.1:8080", "http://127.0.0.1:8081", "another site");
        refused(guard, "127.0.0.1:8080", "null", "another site");
        refused(guard, "127.0.0.1:8080", "http://user@127.0.0.1:8080", "another site");
        refused(guard, "127.0.0.1:8080", "http://127.0.0.1:8080/path", "another site");
    }

    @Test
    void allowsTheNamesItIsGiven() throws UnknownHostException {
        OriginGuard guard = loopback(List.of("MyHost.lan"));
        assertDoesNotThrow(() -> guard.check("myhost.lan:8080", "http://myhost.lan:8080"));
        assertTrue(guard.hosts().contains("myhost.lan"));
    }

    @Test
    void aSpecificAddressIsNotReachedAsLocalhost() throws UnknownHostException {
        OriginGuard guard = OriginGuard.forAddress(InetAddress.getByName("192.0.2.7"), 8080, List.of());
        assertDoesNotThrow(() -> guard.check("192.0.2.7:8080", null));
        refused(guard, "localhost:8080", null, "does not name this server");
    }
}
