export const productName = "eSIM Pool Admin";
export const productTagline =
  "Review your Intune eSIM activation code pools and assign them to device groups, safely.";
