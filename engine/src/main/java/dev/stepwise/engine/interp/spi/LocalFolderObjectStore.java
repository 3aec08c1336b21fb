package dev.stepwise.engine.interp.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Objects kept in a local folder: {@code s3://bucket/key} is the file {@code root/bucket/key}, with {@code /} in the
 * key as folders. Buckets and keys that would leave the folder ({@code ..}, absolute paths, backslashes) or that a
 * file system cannot hold faithfully ({@code .} or empty segments, a trailing {@code /}) are rejected. Writes go to a
 * temporary file beside the target, which is then moved into place.
 */
public final class LocalFolderObjectStore implements ObjectStore {

    private static final String TEMP_PREFIX = ".stepwise-";
    private static final String TEMP_SUFFIX = ".tmp";
    /** S3 lists keys in the order of their UTF-8 bytes. */
    private static final Comparator<String> S3_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final Path root;

    public LocalFolderObjectStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file that holds {@code s3://bucket/key}. */
    public Path fileOf(String bucket, String key) {
        Path bucketFolder = bucketFolder(bucket);
        checkKey(key);
        Path file = bucketFolder.resolve(key).normalize();
        if (!file.startsWith(bucketFolder) || file.equals(bucketFolder)) {
            throw new IllegalArgumentException("Key \"" + key + "\" leaves the bucket folder " + bucketFolder);
        }
        return file;
    }

    @Override
    public Optional<byte[]> read(String bucket, String key) throws IOException {
        Path file = fileOf(bucket, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String bucket, String key, byte[] content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path file = fileOf(bucket, key);
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public List<ObjectSummary> list(String bucket, String prefix) throws IOException {
        Path bucketFolder = bucketFolder(bucket);
        String wanted = prefix == null ? "" : prefix;
        if (wanted.contains("\\") || wanted.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Prefix \"" + wanted + "\" is not acceptable");
        }
        if (!Files.isDirectory(bucketFolder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bucketFolder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !isTemporary(file)).toList();
        }
        List<ObjectSummary> objects = new ArrayList<>();
        for (Path file : files) {
            String key = keyOf(bucketFolder, file);
            if (!key.startsWith(wanted)) {
                continue;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            objects.add(new ObjectSummary(key, attributes.size(), attributes.lastModifiedTime().toInstant(),
                    "\"" + md5(file) + "\""));
        }
        objects.sort(Comparator.comparing(ObjectSummary::key, S3_ORDER));
        return List.copyOf(objects);
    }

    private Path bucketFolder(String bucket) {
        if (bucket == null || bucket.isEmpty() || bucket.equals(".") || bucket.equals("..") || bucket.contains("/")
                || bucket.contains("\\") || bucket.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Bucket name \"" + bucket + "\" is not acceptable");
        }
        Path folder = root.resolve(bucket).normalize();
        if (!folder.startsWith(root) || folder.equals(root)) {
            throw new IllegalArgumentException("Bucket name \"" + bucket + "\" leaves the store folder " + root);
        }
        return folder;
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("An object key must not be empty");
        }
        if (key.startsWith("/") || key.endsWith("/") || key.contains("\\") || key.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Key \"" + key + "\" cannot be stored as a file");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("Key \"" + key + "\" leaves the bucket folder: it contains \"..\"");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new IllegalArgumentException("Key \"" + key + "\" cannot be stored as a file: "
                        + "it has an empty or \".\" segment");
            }
            if (segment.startsWith(TEMP_PREFIX) && segment.endsWith(TEMP_SUFFIX)) {
                throw new IllegalArgumentException("Key \"" + key + "\" uses the store's temporary file names");
            }
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    private static String keyOf(Path bucketFolder, Path file) {
        StringBuilder key = new StringBuilder();
        for (Path part : bucketFolder.relativize(file)) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(part);
        }
        return key.toString();
    }

    private static String md5(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("MD5 is required of every Java platform", missing);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
