package org.impuls.core.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.MediaStore;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Checks, cleans, stores and scales uploaded images; their bytes live in the media folder, one sub-folder per image.
 * Who may see them is {@link MediaPlaces}' business.
 */
@ApplicationScoped
public class MediaLibrary implements MediaStore {

    /** The versions of each image. */
    public enum Variant {
        ORIGINAL(0),
        MEDIUM(800),
        THUMB(200);

        private final int width;

        Variant(int width) {
            this.width = width;
        }

        int width() {
            return width;
        }

        static Optional<Variant> parse(String text) {
            for (Variant variant : values()) {
                if (variant.name().equalsIgnoreCase(text)) {
                    return Optional.of(variant);
                }
            }
            return Optional.empty();
        }
    }

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "impuls.media.dir", defaultValue = "data/media")
    String mediaDir;

    @Inject
    @ConfigProperty(name = "impuls.media.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    ImageDecoder decoder;

    @Inject
    MediaPlaces places;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public StoredImage store(InputStream content, String fileName, long ownerAccountId) {
        byte[] upload = readAtMost(content, maxBytes);
        ImageFormat format = ImageFormat.recognise(upload)
                .orElseThrow(
                        () -> new InvalidInputException(
                                "file",
                                "only JPEG and PNG images are accepted, and this file is neither (judged by its content, not its name)"));
        byte[] bytes = MetadataStripper.strip(format, upload);
        Scaled scaled = decoder.decode(bytes, Scaled::of);
        MediaFile media = new MediaFile(
                ownerAccountId,
                safeName(fileName),
                format,
                scaled.header().width(),
                scaled.header().height(),
                bytes.length,
                sha256(bytes),
                clock.instant());
        em.persist(media);
        em.flush();
        write(media.getId(), format, bytes, scaled);
        audit.record("media.uploaded", "media:" + media.getId(), safeName(fileName));
        return view(media);
    }

    @Override
    @Transactional
    public void showAt(Place place, Collection<Long> mediaIds) {
        places.showAt(place, mediaIds);
    }

    @Override
    @Transactional
    public void listBusinesses(Set<Long> listed, Set<Long> unlisted) {
        places.listBusinesses(listed, unlisted);
    }

    public Optional<MediaFile> find(long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id));
    }

    /** Where a variant's bytes are, and its content type. */
    public Path file(MediaFile media, Variant variant) {
        return folder(media.getId()).resolve(variant.name().toLowerCase() + "." + extension(media, variant));
    }

    public String contentType(MediaFile media, Variant variant) {
        return extension(media, variant).equals("png") ? "image/png" : "image/jpeg";
    }

    static StoredImage view(MediaFile media) {
        String base = "/media/" + media.getId() + "/";
        return new StoredImage(
                media.getId(),
                media.getContentType(),
                media.getWidth(),
                media.getHeight(),
                media.getBytes(),
                base + "original",
                base + "medium",
                base + "thumb");
    }

    /** The scaled versions, made while the decoded image is held (and the decoding permit with it). */
    private record Scaled(ImageHeader header, boolean alpha, BufferedImage medium, BufferedImage thumb) {
        static Scaled of(ImageDecoder.Decoded decoded) {
            boolean alpha = decoded.image().getColorModel().hasAlpha();
            return new Scaled(
                    decoded.header(),
                    alpha,
                    Thumbnails.scaleToWidth(decoded.image(), Variant.MEDIUM.width, alpha),
                    Thumbnails.scaleToWidth(decoded.image(), Variant.THUMB.width, alpha));
        }
    }

    private void write(long id, ImageFormat format, byte[] original, Scaled scaled) {
        try {
            Path folder = Files.createDirectories(folder(id));
            Files.write(folder.resolve("original." + format.extension()), original);
            String scaledFormat = scaled.alpha() ? "png" : "jpg";
            ImageIO.write(
                    scaled.medium(),
                    scaled.alpha() ? "png" : "jpeg",
                    folder.resolve("medium." + scaledFormat).toFile());
            ImageIO.write(
                    scaled.thumb(),
                    scaled.alpha() ? "png" : "jpeg",
                    folder.resolve("thumb." + scaledFormat).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store image " + id, e);
        }
    }

    private String extension(MediaFile media, Variant variant) {
        boolean png = media.getContentType().equals("image/png");
        if (variant == Variant.ORIGINAL) {
            return png ? "png" : "jpg";
        }
        return Files.exists(folder(media.getId()).resolve(variant.name().toLowerCase() + ".png")) ? "png" : "jpg";
    }

    private Path folder(long id) {
        return Path.of(mediaDir).toAbsolutePath().resolve(String.valueOf(id));
    }

    private static byte[] readAtMost(InputStream content, long limit) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new InvalidInputException("file", "the image may have at most " + limit / (1024 * 1024) + " MB");
            }
            if (bytes.length == 0) {
                throw new InvalidInputException("file", "the upload is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload broke off");
        }
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank()
                ? "bild"
                : Path.of(fileName.strip()).getFileName().toString();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
