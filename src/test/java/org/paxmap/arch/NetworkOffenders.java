package org.paxmap.arch;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLContext;

/**
 * Classes that each reach the network one way, never run: {@link LayeringTest} checks that its network rule flags
 * every one of them, so the rule is known to catch what it claims to.
 */
@SuppressWarnings("unused")
final class NetworkOffenders {
    private NetworkOffenders() {}

    static final class PlainSocket {
        Socket open() throws IOException {
            return new Socket("example.org", 80);
        }
    }

    static final class Listener {
        ServerSocket listen() throws IOException {
            return new ServerSocket(8080);
        }
    }

    static final class Datagram {
        DatagramSocket send() throws IOException {
            return new DatagramSocket();
        }
    }

    static final class Channel {
        SocketChannel open() throws IOException {
            return SocketChannel.open(new InetSocketAddress("example.org", 80));
        }
    }

    static final class Http {
        HttpClient client() {
            return HttpClient.newHttpClient();
        }
    }

    static final class UrlStream {
        InputStream fetch(URL url) throws IOException {
            return url.openStream();
        }
    }

    static final class UriToUrl {
        Object fetch(URI uri) throws IOException {
            return uri.toURL().getContent();
        }
    }

    static final class Tls {
        SSLContext tls() throws Exception {
            return SSLContext.getInstance("TLS");
        }
    }
}
