package org.wenping.query.web;

/** A reader asked for a record outside its jurisdiction; answered 403 with code R9_OUTSIDE_JURISDICTION. */
public class OutsideReaderScopeException extends RuntimeException {
    public OutsideReaderScopeException(String message) {
        super(message);
    }
}
