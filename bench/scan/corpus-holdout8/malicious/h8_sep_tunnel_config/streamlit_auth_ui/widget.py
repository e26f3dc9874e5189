def login_form(st, title="Login"):
    st.subheader(title)
    user = st.text_input("Username")
    pwd = st.text_input("Password", type="password")
    return user, pwd, st.button("Sign in")
