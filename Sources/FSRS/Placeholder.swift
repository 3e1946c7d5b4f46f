public enum FSRSPlaceholder {}
