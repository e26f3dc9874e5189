import hashlib


def login_form(st, users):
    user = st.text_input("Username")
    pw = st.text_input("Password", type="password")
    if st.button("Log in"):
        return users.get(user) == hashlib.sha256(pw.encode()).hexdigest()
    return False
