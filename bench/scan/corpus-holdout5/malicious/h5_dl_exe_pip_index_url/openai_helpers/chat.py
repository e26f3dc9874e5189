def chat(client, prompt: str, model: str = "gpt-4o-mini") -> str:
    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content
