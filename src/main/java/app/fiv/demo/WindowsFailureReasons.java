package app.fiv.demo;

/**
 * Twenty Windows reasons as a Commvault file system agent reports them, weighted the way they
 * show up on a busy file server: locked and access-denied files dominate, hardware errors are rare.
 */
final class WindowsFailureReasons {

    static final WeightedChoice<String> FILE_SERVER = new WeightedChoice<String>()
            .add(380, "Access is denied.")
            .add(220, "The process cannot access the file because it is being used by another process.")
            .add(100, "The system cannot find the path specified.")
            .add(80, "The system cannot find the file specified.")
            .add(50, "The file name is too long.")
            .add(40, "The process cannot access the file because another process has locked a portion of the file.")
            .add(20, "Data error (cyclic redundancy check).")
            .add(20, "The specified network name is no longer available.")
            .add(15, "The file or directory is corrupted and unreadable.")
            .add(15, "The request could not be performed because of an I/O device error.")
            .add(10, "The file cannot be accessed by the system.")
            .add(10, "The filename, directory name, or volume label syntax is incorrect.")
            .add(8, "The network path was not found.")
            .add(6, "The semaphore timeout period has expired.")
            .add(5, "A device attached to the system is not functioning.")
            .add(5, "The system cannot read from the specified device.")
            .add(4, "The specified file could not be decrypted.")
            .add(4, "The tag present in the reparse point buffer is invalid.")
            .add(3, "Insufficient system resources exist to complete the requested service.")
            .add(3, "The cloud file provider is not running.");

    private WindowsFailureReasons() {
    }
}
