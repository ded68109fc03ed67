// 通行密钥 (WebAuthn): registering one on 账号安全, and signing in with one after the password.
// The browser's WebAuthn API takes and gives binary fields; the server speaks base64url JSON.
(() => {
  "use strict";
  const enc = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
      .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
  const dec = (text) => {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0)).buffer;
  };
  const csrf = () => {
    const e = document.getElementById("csrf");
    return e ? { [e.dataset.header]: e.dataset.token } : {};
  };
  const post = (url, body) => fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", ...csrf() },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const say = (id, text) => {
    const e = document.getElementById(id);
    if (e) { e.textContent = text; e.classList.remove("d-none"); }
  };
  const failure = async (response, fallback) => {
    const body = await response.json().catch(() => ({}));
    return new Error(body.error || fallback + "（" + response.status + "）");
  };

  async function register(label) {
    const r = await post("/account/passkeys/options");
    if (!r.ok) throw await failure(r, "无法开始注册");
    const o = await r.json();
    const created = await navigator.credentials.create({ publicKey: {
      ...o, challenge: dec(o.challenge), user: { ...o.user, id: dec(o.user.id) },
      excludeCredentials: (o.excludeCredentials || []).map((c) => ({ ...c, id: dec(c.id) })) } });
    const credential = {
      id: created.id, rawId: enc(created.rawId), type: created.type,
      response: { attestationObject: enc(created.response.attestationObject), clientDataJSON: enc(created.response.clientDataJSON),
        transports: created.response.getTransports ? created.response.getTransports() : [] },
      clientExtensionResults: created.getClientExtensionResults(), authenticatorAttachment: created.authenticatorAttachment };
    const v = await post("/account/passkeys", { credential, label });
    if (!v.ok) throw await failure(v, "注册失败");
    return v.json();
  }

  async function signIn() {
    const r = await post("/login/second-factor/passkey/options");
    if (!r.ok) throw await failure(r, "无法开始验证");
    const o = await r.json();
    const got = await navigator.credentials.get({ publicKey: {
      ...o, challenge: dec(o.challenge), allowCredentials: (o.allowCredentials || []).map((c) => ({ ...c, id: dec(c.id) })) } });
    const v = await post("/login/second-factor/passkey", {
      id: got.id, rawId: enc(got.rawId), credType: got.type,
      response: { authenticatorData: enc(got.response.authenticatorData), clientDataJSON: enc(got.response.clientDataJSON),
        signature: enc(got.response.signature), userHandle: got.response.userHandle ? enc(got.response.userHandle) : undefined },
      clientExtensionResults: got.getClientExtensionResults(), authenticatorAttachment: got.authenticatorAttachment });
    if (!v.ok) throw await failure(v, "验证失败");
    return v.json();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const add = document.getElementById("passkey-register");
    if (add) add.addEventListener("click", async () => {
      if (!window.PublicKeyCredential) { say("passkey-problem", "此浏览器不支持通行密钥，请使用验证器 App"); return; }
      try {
        await register(document.getElementById("passkey-label").value.trim());
        window.location.href = "/account/two-factor?passkey";
      } catch (e) { say("passkey-problem", e.message); }
    });
    const use = document.getElementById("passkey-sign-in");
    if (use) use.addEventListener("click", async () => {
      if (!window.PublicKeyCredential) { say("passkey-problem", "此浏览器不支持通行密钥，请输入验证码"); return; }
      try {
        const done = await signIn();
        window.location.href = done.redirectUrl || "/";
      } catch (e) { say("passkey-problem", e.message); }
    });
  });
})();
