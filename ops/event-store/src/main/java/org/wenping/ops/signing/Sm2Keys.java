package org.wenping.ops.signing;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * SM2 signatures with SM3 (GB/T 32918.2, GB/T 32905) through BouncyCastle, with the standard's default
 * signer id {@code 1234567812345678}. Keys travel as the 32-byte private scalar and the 65-byte
 * uncompressed public point; signatures are DER, as GM/T 0009 writes them.
 */
final class Sm2Keys {
    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2Keys() {
    }

    static SignatureAlgorithm.KeyPairBytes generate() {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, RANDOM));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        BigInteger d = ((ECPrivateKeyParameters) pair.getPrivate()).getD();
        byte[] q = ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false);
        return new SignatureAlgorithm.KeyPairBytes(q, BigIntegers.asUnsignedByteArray(32, d));
    }

    static byte[] sign(byte[] privateKey, byte[] message) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(
                new ECPrivateKeyParameters(new BigInteger(1, privateKey), DOMAIN), RANDOM));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ECPublicKeyParameters(DOMAIN.getCurve().decodePoint(publicKey), DOMAIN));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
