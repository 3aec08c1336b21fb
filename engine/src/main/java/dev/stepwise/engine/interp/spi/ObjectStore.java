package dev.stepwise.engine.interp.spi;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Distributed Map reads its items (ItemReader) and writes its results (ResultWriter): S3 as seen by the
 * engine, {@code s3://bucket/key}. Implementations decide where objects really live, e.g.
 * {@link LocalFolderObjectStore} keeps them in a folder.
 */
public interface ObjectStore {

    /**
     * The object's bytes, or empty when there is no such object.
     *
     * @throws IllegalArgumentException when the bucket or key is not acceptable (e.g. it escapes the store)
     */
    Optional<byte[]> read(String bucket, String key) throws IOException;

    /**
     * Stores the object, replacing any object with the same key; readers never see a partly written object.
     *
     * @throws IllegalArgumentException when the bucket or key is not acceptable
     */
    void write(String bucket, String key, byte[] content) throws IOException;

    /**
     * The objects of the bucket whose keys start with {@code prefix} ("" for all), in S3's order (by key, as UTF-8
     * bytes). A bucket that does not exist has no objects.
     *
     * @throws IllegalArgumentException when the bucket or prefix is not acceptable
     */
    List<ObjectSummary> list(String bucket, String prefix) throws IOException;

    /**
     * One listed object, as ListObjectsV2 describes it.
     *
     * @param eTag the entity tag with S3's quotes, e.g. {@code "\"9b2cf535f27731c974343645a3985328\""}
     */
    record ObjectSummary(String key, long size, Instant lastModified, String eTag) {
        public ObjectSummary {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(eTag, "eTag");
        }
    }
}
