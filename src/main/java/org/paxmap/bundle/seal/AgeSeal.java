package org.paxmap.bundle.seal;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;

/**
 * age v1 (age-encryption.org/v1) with X25519 recipients, through Jagged: a file key wrapped for each recipient in the
 * header, the header authenticated with HMAC-SHA-256, the payload ChaCha20-Poly1305 in 64 KiB chunks, the last one
 * marked, so a cut-short file fails like an altered one. Files it writes are read by the reference {@code age} tool
 * and the other way round.
 *
 * <p>Before Jagged sees a file, the header is checked here so each refusal says what is wrong: it must end within
 * {@value #MAX_HEADER} bytes (a crafted header cannot make the reader buffer without end), and every recipient stanza
 * must be X25519 — a passphrase ({@code scrypt}) stanza or any other kind is refused by name. Stateless and
 * thread-safe.
 */
public final class AgeSeal implements BundleSeal {
    /** Largest header read: room for a few hundred X25519 recipients. */
    public static final int MAX_HEADER = 64 * 1024;

    static final byte[] MAGIC = "age-encryption.org/v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    @Override
    public String name() {
        return "age v1 (X25519)";
    }

    @Override
    public boolean recognises(byte[] head) {
        return head.length >= MAGIC.length && java.util.Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public void seal(ReadableByteChannel plain, WritableByteChannel out, List<byte[]> recipients) throws IOException {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a sealed bundle needs at least one recipient");
        }
        List<RecipientStanzaWriter> writers = new ArrayList<>();
        try {
            for (byte[] recipient : recipients) {
                writers.add(
                        X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(X25519Keys.recipient(recipient)));
            }
            WritableByteChannel sealed =
                    new StandardEncryptingChannelFactory().newEncryptingChannel(new Unclosed(out), writers);
            ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK * 4);
            while (plain.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    sealed.write(buffer);
                }
                buffer.clear();
            }
            sealed.close(); // writes the last chunk
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt with age: " + e.getMessage(), e);
        }
    }

    @Override
    public void open(Path sealed, WritableByteChannel out, byte[] identity, String bundle)
            throws BundleException, IOException {
        checkHeader(sealed, bundle);
        RecipientStanzaReader reader;
        try {
            reader = X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(X25519Keys.identity(identity));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 identity", e);
        }
        try (FileChannel in = FileChannel.open(sealed, StandardOpenOption.READ)) {
            ReadableByteChannel plain;
            try {
                plain = new StandardDecryptingChannelFactory().newDecryptingChannel(in, List.of(reader));
            } catch (GeneralSecurityException e) {
                throw headerRefusal(e, bundle);
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK * 4);
            try {
                while (plain.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    buffer.clear();
                }
            } catch (IOException e) {
                if (e.getCause() instanceof GeneralSecurityException || isPayloadFailure(e)) {
                    throw new BundleException(
                            BundleRefusal.ENCRYPTION_ALTERED,
                            bundle,
                            "encrypted content",
                            "fails its authentication: the file was altered or cut short after it was encrypted",
                            e);
                }
                throw e;
            }
        }
    }

    /** The header ends within the limit, and names only X25519 recipients. */
    private static void checkHeader(Path sealed, String bundle) throws BundleException, IOException {
        byte[] head;
        long size = Files.size(sealed);
        try (InputStream in = Files.newInputStream(sealed)) {
            head = in.readNBytes(MAX_HEADER);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int mac = text.startsWith("---") ? 0 : text.indexOf("\n---");
        int end = mac < 0 ? -1 : text.indexOf('\n', mac + 1);
        if (end < 0) {
            if (size > MAX_HEADER) {
                throw new BundleException(
                        BundleRefusal.ENCRYPTION_HEADER,
                        bundle,
                        "encryption header",
                        "is larger than " + MAX_HEADER / 1024 + " KiB (or has no end): refused unread");
            }
            throw new BundleException(
                    BundleRefusal.ENCRYPTION_HEADER,
                    bundle,
                    "encryption header",
                    "is cut short: the file ends before the header does");
        }
        List<String> kinds = new ArrayList<>();
        for (String line : text.substring(0, mac).split("\n", -1)) {
            if (line.startsWith("-> ")) {
                String[] words = line.substring(3).split(" ", -1);
                kinds.add(words[0]);
            }
        }
        if (kinds.isEmpty()) {
            throw new BundleException(
                    BundleRefusal.ENCRYPTION_HEADER, bundle, "encryption header", "names no recipient");
        }
        for (String kind : kinds) {
            if (!kind.equals("X25519")) {
                String what = kind.equals("scrypt")
                        ? "is encrypted with a passphrase (an age scrypt recipient); Paxmap bundles are encrypted to"
                                + " node keys only"
                        : "names a recipient of kind '" + org.paxmap.text.OutsideText.visible(kind)
                                + "'; Paxmap reads X25519 recipients only";
                throw new BundleException(BundleRefusal.ENCRYPTION_RECIPIENT_TYPE, bundle, "encryption header", what);
            }
        }
    }

    private static BundleException headerRefusal(GeneralSecurityException e, String bundle) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("mac") || (message.contains("header") && !message.contains("recipient"))) {
            return new BundleException(
                    BundleRefusal.ENCRYPTION_HEADER,
                    bundle,
                    "encryption header",
                    "fails its authentication: the header was altered",
                    e);
        }
        return new BundleException(
                BundleRefusal.ENCRYPTED_FOR_OTHERS,
                bundle,
                "recipients",
                "the bundle is not encrypted to this node's key: it is addressed to other nodes",
                e);
    }

    private static boolean isPayloadFailure(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("chunk") || message.contains("decrypt") || message.contains("payload");
    }

    /** Hands writes on but leaves the channel open when Jagged closes its encrypting channel. */
    private record Unclosed(WritableByteChannel channel) implements WritableByteChannel {
        @Override
        public int write(ByteBuffer src) throws IOException {
            return channel.write(src);
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            // the caller closes the channel
        }
    }
}
