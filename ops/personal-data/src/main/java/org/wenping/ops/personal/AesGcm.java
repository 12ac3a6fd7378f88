package org.wenping.ops.personal;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM with a random 96-bit nonce and a 128-bit tag, laid out as nonce ‖ ciphertext ‖ tag. The associated
 * data binds a sealed value to what it belongs to (the person's key id), so that a value moved to another person
 * does not open.
 */
final class AesGcm {
    static final String ALGORITHM = "AES-256-GCM";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    static byte[] seal(SecretKey key, byte[] plain, byte[] associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM 不可用", e);
        }
    }

    /** The plain bytes, or {@link SealBrokenException} when the key is wrong or any byte was changed. */
    static byte[] open(SecretKey key, byte[] sealed, byte[] associated) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) throw new SealBrokenException("密文过短");
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealBrokenException("密文或密钥不符 (认证标签校验失败)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM 不可用", e);
        }
    }
}
