package org.wenping.ops.personal;

/** A key id is never reused: sealing under one that already exists would let two people share a key. */
class PersonalDataKeyExistsException extends RuntimeException {
    PersonalDataKeyExistsException(String keyId) {
        super("个人信息密钥 " + keyId + " 已存在,不得重复使用");
    }
}
