// The ranked list of common passwords inside @zxcvbn-ts/language-common (see src/auth/password-policy.ts).
declare module "@zxcvbn-ts/language-common/dist/passwords.json.mjs" {
  const passwords: string[];
  export default passwords;
}
