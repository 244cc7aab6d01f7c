package org.paxmap.cli;

/** A command that could not do what was asked; the message is shown to the user as it is. */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }
}
