package org.impuls.core.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.InvalidInputException;
import org.impuls.core.api.MediaStore;

/** Checks, stores and scales uploaded images; their bytes live in the media folder, one sub-folder per image. */
@ApplicationScoped
public class MediaLibrary implements MediaStore {

    /** The versions of each image. */
    public enum Variant {
        ORIGINAL(0), MEDIUM(800), THUMB(200);

        private final int width;

        Variant(int width) {
            this.width = width;
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
    @ConfigProperty(name = "impuls.media.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public StoredImage store(InputStream content, String fileName, long ownerAccountId) {
        byte[] bytes = readAtMost(content, maxBytes);
        ImageFormat format = ImageFormat.recognise(bytes).orElseThrow(() -> new InvalidInputException("file",
                "only JPEG and PNG images are accepted, and this file is neither (judged by its content, not its name)"));
        BufferedImage image = decode(bytes);
        MediaFile media = new MediaFile(ownerAccountId, safeName(fileName), format, image.getWidth(), image.getHeight(),
                bytes.length, sha256(bytes), clock.instant());
        em.persist(media);
        em.flush();
        write(media.getId(), format, bytes, image);
        audit.record("media.uploaded", "media:" + media.getId(), safeName(fileName));
        return view(media);
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
        return new StoredImage(media.getId(), media.getContentType(), media.getWidth(), media.getHeight(), media.getBytes(),
                base + "original", base + "medium", base + "thumb");
    }

    private BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("file", "the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                // check the size before decoding, so that a tiny file cannot unpack into gigabytes
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new InvalidInputException("file", "the image has more than " + maxPixels / 1_000_000 + " megapixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw new InvalidInputException("file", "the image is damaged and cannot be read");
        }
    }

    private void write(long id, ImageFormat format, byte[] original, BufferedImage image) {
        try {
            Path folder = Files.createDirectories(folder(id));
            Files.write(folder.resolve("original." + format.extension()), original);
            boolean alpha = image.getColorModel().hasAlpha();
            String scaledFormat = alpha ? "png" : "jpg";
            for (Variant variant : new Variant[] {Variant.MEDIUM, Variant.THUMB}) {
                BufferedImage scaled = Thumbnails.scaleToWidth(image, variant.width, alpha);
                ImageIO.write(scaled, alpha ? "png" : "jpeg", folder.resolve(variant.name().toLowerCase() + "." + scaledFormat).toFile());
            }
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
        String name = fileName == null || fileName.isBlank() ? "bild" : Path.of(fileName.strip()).getFileName().toString();
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
