package org.impuls.core.media;

/** All decoding permits of this node stayed taken while an upload waited: 503, to be tried again in a minute. */
final class DecodersBusy extends RuntimeException {

    DecodersBusy() {
        super("Many images are being processed right now; try again in a minute.");
    }
}
