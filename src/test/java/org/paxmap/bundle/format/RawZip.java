package org.paxmap.bundle.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A ZIP writer for tests that writes whatever it is told: any name bytes, flags, method, sizes and CRC, local headers
 * that disagree with the central directory, central records that point at the same local header. The JDK's
 * ZipOutputStream refuses most of the hostile cases, hence this.
 */
final class RawZip {
    /** One entry; fields are public so that a test can falsify any of them before {@link #build}. */
    static final class Entry {
        String name;
        String localName;
        byte[] stored; // the bytes in the file after the local header
        int method;
        int flags;
        long crc;
        long compressedSize;
        long size;
        Integer localIndex; // the central record points at this entry's local header instead of its own
        int versionMadeBy = 20; // host in the high byte: 0 MS-DOS, 3 Unix
        long externalAttributes; // Unix st_mode in the high 16 bits, MS-DOS attributes in the low byte
        byte[] centralExtra = new byte[0];
        byte[] localExtra = new byte[0];

        Entry(String name, byte[] data, int method) {
            this.name = name;
            this.localName = name;
            this.method = method;
            this.stored = method == 8 ? deflate(data) : data.clone();
            CRC32 c = new CRC32();
            c.update(data);
            this.crc = c.getValue();
            this.size = data.length;
            this.compressedSize = stored.length;
        }
    }

    final List<Entry> entries = new ArrayList<>();

    /** The entries of {@code map} in order: {@code mimetype} stored, everything else deflated. */
    static RawZip of(Map<String, byte[]> map) {
        RawZip zip = new RawZip();
        map.forEach((name, data) -> zip.add(name, data, name.equals("mimetype") ? 0 : 8));
        return zip;
    }

    Entry add(String name, byte[] data, int method) {
        Entry e = new Entry(name, data, method);
        entries.add(e);
        return e;
    }

    Entry entry(String name) {
        return entries.stream().filter(e -> e.name.equals(name)).findFirst().orElseThrow();
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            offsets[i] = out.size();
            byte[] name = e.localName.getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer loc = le(30);
            loc.putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) e.flags)
                    .putShort((short) e.method);
            loc.putShort((short) 0).putShort((short) 0x21); // 1980-01-01
            loc.putInt((int) e.crc).putInt((int) e.compressedSize).putInt((int) e.size);
            loc.putShort((short) name.length).putShort((short) e.localExtra.length);
            out.writeBytes(loc.array());
            out.writeBytes(name);
            out.writeBytes(e.localExtra);
            out.writeBytes(e.stored);
        }
        long cenOffset = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] name = e.name.getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer cen = le(46);
            cen.putInt(0x02014b50).putShort((short) e.versionMadeBy).putShort((short) 20);
            cen.putShort((short) e.flags)
                    .putShort((short) e.method)
                    .putShort((short) 0)
                    .putShort((short) 0x21);
            cen.putInt((int) e.crc).putInt((int) e.compressedSize).putInt((int) e.size);
            cen.putShort((short) name.length)
                    .putShort((short) e.centralExtra.length)
                    .putShort((short) 0);
            cen.putShort((short) 0).putShort((short) 0).putInt((int) e.externalAttributes);
            cen.putInt((int) offsets[e.localIndex == null ? i : e.localIndex]);
            out.writeBytes(cen.array());
            out.writeBytes(name);
            out.writeBytes(e.centralExtra);
        }
        long cenSize = out.size() - cenOffset;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
        end.putShort((short) entries.size()).putShort((short) entries.size());
        end.putInt((int) cenSize).putInt((int) cenOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    Path write(Path file) throws Exception {
        Files.write(file, build());
        return file;
    }

    /** A ZIP64 extra field block (id 0x0001) carrying {@code values}, 8 bytes each. */
    static byte[] zip64Extra(long... values) {
        ByteBuffer b = le(4 + 8 * values.length);
        b.putShort((short) 1).putShort((short) (8 * values.length));
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
