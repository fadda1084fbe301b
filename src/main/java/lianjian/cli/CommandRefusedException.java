package lianjian.cli;

/**
 * A command that cannot start, for a reason the user can fix (a folder that holds no workspace, a
 * workspace demo must not fill): the message is the whole answer, in Chinese, and nothing is
 * written anywhere — not even the error log, which would create the folder it lives in.
 */
public class CommandRefusedException extends RuntimeException {
    public CommandRefusedException(String message) { super(message); }
}
