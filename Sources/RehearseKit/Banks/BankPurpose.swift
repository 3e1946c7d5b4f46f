/// What a bank is for: interview practice (the default), or coaching about the TPM career and
/// the craft of answering, which mock loops never draw from and daily drills draw from lightly.
public enum BankPurpose: String, Sendable, CaseIterable, Codable {
  case interview
  case coaching
}
