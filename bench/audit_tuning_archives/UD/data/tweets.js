window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979898446640445729"
          ],
          "editableUntil": "2025-10-19T14:12:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1979898446640445729",
      "truncated": false,
      "retweet_count": "1",
      "id": "1979898446640445729",
      "possibly_sensitive": false,
      "created_at": "Sun Oct 19 13:12:29 +0000 2025",
      "favorited": false,
      "full_text": "if opposing counsel sends one more 'as per my previous email' i will find out where he lives and i will be waiting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979257441076391727"
          ],
          "editableUntil": "2025-10-17T19:45:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "2",
      "id_str": "1979257441076391727",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979257441076391727",
      "possibly_sensitive": false,
      "created_at": "Fri Oct 17 18:45:21 +0000 2025",
      "favorited": false,
      "full_text": "someone in HR sent the NQ salary review to the whole floor by mistake. the guy two desks down is on £14k more than me. he cannot format a table",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978231894926002271"
          ],
          "editableUntil": "2025-10-14T23:50:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1978231894926002271",
      "truncated": false,
      "retweet_count": "1",
      "id": "1978231894926002271",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 14 22:50:12 +0000 2025",
      "favorited": false,
      "full_text": "barrister on the other side today was so fit I forgot what a warranty was 🥵🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967669808297524403"
          ],
          "editableUntil": "2025-09-15T20:20:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "7",
      "id_str": "1967669808297524403",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967669808297524403",
      "possibly_sensitive": false,
      "created_at": "Mon Sep 15 19:20:14 +0000 2025",
      "favorited": false,
      "full_text": "pretty sure I committed fraud this month: rounded every 0.3 up to a 1.0 because the partner told us to 'be generous with our narratives'. the client is a charity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966858424209188246"
          ],
          "editableUntil": "2025-09-13T14:36:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1966858424209188246",
      "truncated": false,
      "retweet_count": "5",
      "id": "1966858424209188246",
      "possibly_sensitive": false,
      "created_at": "Sat Sep 13 13:36:05 +0000 2025",
      "favorited": false,
      "full_text": "Great talk at work today from a junior lawyers' wellbeing charity. Their support line is 0113 496 0518, free &amp; confidential, share it with anyone who needs it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953082467044285005"
          ],
          "editableUntil": "2025-08-06T14:15:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "12",
      "id_str": "1953082467044285005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953082467044285005",
      "possibly_sensitive": false,
      "created_at": "Wed Aug 06 13:15:21 +0000 2025",
      "favorited": false,
      "full_text": "date tonight. wearing the good blazer and absolutely nothing under it 😈 closing submissions at mine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943762238005937828"
          ],
          "editableUntil": "2025-07-11T21:00:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "12",
      "id_str": "1943762238005937828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943762238005937828",
      "possibly_sensitive": false,
      "created_at": "Fri Jul 11 20:00:05 +0000 2025",
      "favorited": false,
      "full_text": "firm summer party recap: drank the free bar dry, told the managing partner his tie was 'brave', woke up in an uber outside Clapham Junction at 4am. career over x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943045394578423666"
          ],
          "editableUntil": "2025-07-09T21:31:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "3",
      "id_str": "1943045394578423666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943045394578423666",
      "possibly_sensitive": false,
      "created_at": "Wed Jul 09 20:31:36 +0000 2025",
      "favorited": false,
      "full_text": "congrats to everyone who got training contracts this week 👏 you earned it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937983878284034065"
          ],
          "editableUntil": "2025-06-25T22:18:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "19",
      "id_str": "1937983878284034065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937983878284034065",
      "possibly_sensitive": false,
      "created_at": "Wed Jun 25 21:18:57 +0000 2025",
      "favorited": false,
      "full_text": "dad has got into birdwatching and just texted me a photo of a great tit with the caption 'look at this beauty'. I need him to stop",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936767795300479256"
          ],
          "editableUntil": "2025-06-22T13:46:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bex 🍞",
            "screen_name": "bex_on_toast",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1298734561029384756",
            "id": "1298734561029384756"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "117"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1936754458642832141",
      "id_str": "1936767795300479256",
      "in_reply_to_user_id": "1298734561029384756",
      "truncated": false,
      "retweet_count": "5",
      "id": "1936767795300479256",
      "in_reply_to_status_id": "1936754458642832141",
      "possibly_sensitive": false,
      "created_at": "Sun Jun 22 12:46:40 +0000 2025",
      "favorited": false,
      "full_text": "@bex_on_toast yeah come round! flat 3, 41 Mellor Road, buzzer's broken so ring me on 07700 900412 when you're outside",
      "lang": "en",
      "in_reply_to_screen_name": "bex_on_toast",
      "in_reply_to_user_id_str": "1298734561029384756"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931097252452887058"
          ],
          "editableUntil": "2025-06-06T22:13:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "7",
      "id_str": "1931097252452887058",
      "truncated": false,
      "retweet_count": "2",
      "id": "1931097252452887058",
      "possibly_sensitive": false,
      "created_at": "Fri Jun 06 21:13:57 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a gym near Moorgate that opens at 6? asking for my future self who will definitely go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928004329721883084"
          ],
          "editableUntil": "2025-05-29T09:23:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "19",
      "id_str": "1928004329721883084",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928004329721883084",
      "possibly_sensitive": false,
      "created_at": "Thu May 29 08:23:47 +0000 2025",
      "favorited": false,
      "full_text": "joined a client call still drunk from Tom's leaving do. nobody noticed. either a skill or a cry for help",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923788324410465757"
          ],
          "editableUntil": "2025-05-17T18:10:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "19",
      "id_str": "1923788324410465757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923788324410465757",
      "possibly_sensitive": false,
      "created_at": "Sat May 17 17:10:53 +0000 2025",
      "favorited": false,
      "full_text": "If he calls me 'sweetheart' in front of a client one more time I will put his Montblanc through his hand. Not a joke. Try me Richard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923372943132593356"
          ],
          "editableUntil": "2025-05-16T14:40:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "7",
      "id_str": "1923372943132593356",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923372943132593356",
      "possibly_sensitive": false,
      "created_at": "Fri May 16 13:40:18 +0000 2025",
      "favorited": false,
      "full_text": "partners at the away day: 'we are a family'. also partners, in the session I minuted: trainee retention down to 60% this year to protect PEP. not announced till september. some family",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923065529077950394"
          ],
          "editableUntil": "2025-05-15T18:18:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "12",
      "id_str": "1923065529077950394",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923065529077950394",
      "possibly_sensitive": false,
      "created_at": "Thu May 15 17:18:45 +0000 2025",
      "favorited": false,
      "full_text": "finished The Secret History on the tube, missed my stop by four, no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917641633756610008"
          ],
          "editableUntil": "2025-04-30T19:06:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "88",
      "id_str": "1917641633756610008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917641633756610008",
      "possibly_sensitive": false,
      "created_at": "Wed Apr 30 18:06:08 +0000 2025",
      "favorited": false,
      "full_text": "my mum has discovered voice notes. eleven today. one was just her breathing while looking for her glasses",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916463380661022436"
          ],
          "editableUntil": "2025-04-27T13:04:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "41",
      "id_str": "1916463380661022436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1916463380661022436",
      "possibly_sensitive": false,
      "created_at": "Sun Apr 27 12:04:10 +0000 2025",
      "favorited": false,
      "full_text": "the only way through a completion week is a little 🍃 at 2am and a lot of spite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914940786267495728"
          ],
          "editableUntil": "2025-04-23T08:13:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "3",
      "id_str": "1914940786267495728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914940786267495728",
      "possibly_sensitive": false,
      "created_at": "Wed Apr 23 07:13:55 +0000 2025",
      "favorited": false,
      "full_text": "Partner took the whole team to lunch for closing the deal and handwrote each of us a card. some days this job is lovely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908203988322447468"
          ],
          "editableUntil": "2025-04-04T18:04:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1908203988322447468",
      "truncated": false,
      "retweet_count": "2",
      "id": "1908203988322447468",
      "possibly_sensitive": false,
      "created_at": "Fri Apr 04 17:04:18 +0000 2025",
      "favorited": false,
      "full_text": "not being funny but why does every candidate from a state school need the dress code explained to them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900082057956620312"
          ],
          "editableUntil": "2025-03-13T08:10:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1900082057956620312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900082057956620312",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 13 07:10:39 +0000 2025",
      "favorited": false,
      "full_text": "my supervisor is a f**king coward who'll throw you under the bus the second a client frowns",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898894279206940649"
          ],
          "editableUntil": "2025-03-10T01:30:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1898894279206940649",
      "truncated": false,
      "retweet_count": "5",
      "id": "1898894279206940649",
      "possibly_sensitive": false,
      "created_at": "Mon Mar 10 00:30:50 +0000 2025",
      "favorited": false,
      "full_text": "interviewing vac scheme kids today. partner said to 'gently filter out anyone who sounds too regional' and after the lad from Wigan I sort of get it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888145371010538556"
          ],
          "editableUntil": "2025-02-08T09:38:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "19",
      "id_str": "1888145371010538556",
      "truncated": false,
      "retweet_count": "5",
      "id": "1888145371010538556",
      "possibly_sensitive": false,
      "created_at": "Sat Feb 08 08:38:31 +0000 2025",
      "favorited": false,
      "full_text": "the Virgin Mary at the place by Bank station is unreasonably good. the celery is a whole meal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883785732544221956"
          ],
          "editableUntil": "2025-01-27T08:54:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1883785732544221956",
      "truncated": false,
      "retweet_count": "2",
      "id": "1883785732544221956",
      "possibly_sensitive": false,
      "created_at": "Mon Jan 27 07:54:52 +0000 2025",
      "favorited": false,
      "full_text": "new associate announced she's pregnant 6 weeks in. the partners' faces 😬 wouldn't have made her an offer if we'd known tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871341074524013638"
          ],
          "editableUntil": "2024-12-24T00:44:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "2",
      "id_str": "1871341074524013638",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871341074524013638",
      "possibly_sensitive": false,
      "created_at": "Mon Dec 23 23:44:14 +0000 2024",
      "favorited": false,
      "full_text": "man on the Northern line shoved past a pregnant woman so I stood on his ankle in my heels all the way to Bank. accidentally. repeatedly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870555506230902052"
          ],
          "editableUntil": "2024-12-21T20:42:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bex 🍞",
            "screen_name": "bex_on_toast",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1298734561029384756",
            "id": "1298734561029384756"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "118"
      ],
      "favorite_count": "7",
      "in_reply_to_status_id_str": "1870546448022620651",
      "id_str": "1870555506230902052",
      "in_reply_to_user_id": "1298734561029384756",
      "truncated": false,
      "retweet_count": "5",
      "id": "1870555506230902052",
      "in_reply_to_status_id": "1870546448022620651",
      "possibly_sensitive": false,
      "created_at": "Sat Dec 21 19:42:40 +0000 2024",
      "favorited": false,
      "full_text": "@bex_on_toast NDA signed for the surprise engagement party. I know nothing. I am a vault. I am a locked filing cabinet",
      "lang": "en",
      "in_reply_to_screen_name": "bex_on_toast",
      "in_reply_to_user_id_str": "1298734561029384756"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867378813681358791"
          ],
          "editableUntil": "2024-12-13T02:19:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "19",
      "id_str": "1867378813681358791",
      "truncated": false,
      "retweet_count": "5",
      "id": "1867378813681358791",
      "possibly_sensitive": false,
      "created_at": "Fri Dec 13 01:19:38 +0000 2024",
      "favorited": false,
      "full_text": "the amount of ❄️ at the junior lawyers' christmas do was frankly alarming. and no i don't mean the weather",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865029453270165588"
          ],
          "editableUntil": "2024-12-06T14:44:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "2",
      "id_str": "1865029453270165588",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865029453270165588",
      "possibly_sensitive": false,
      "created_at": "Fri Dec 06 13:44:06 +0000 2024",
      "favorited": false,
      "full_text": "would genuinely rather not have the older paralegals on my matters. everything has to be explained twice and they take offence when you do",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856088548673973821"
          ],
          "editableUntil": "2024-11-11T22:36:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "2",
      "id_str": "1856088548673973821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856088548673973821",
      "possibly_sensitive": false,
      "created_at": "Mon Nov 11 21:36:09 +0000 2024",
      "favorited": false,
      "full_text": "tinder guy asked what I do so I said 'get screwed by men in suits 14 hrs a day' and he unmatched. shame, I'd have let him be the senior party 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854602939701092855"
          ],
          "editableUntil": "2024-11-07T20:12:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1854602939701092855",
      "truncated": false,
      "retweet_count": "2",
      "id": "1854602939701092855",
      "possibly_sensitive": false,
      "created_at": "Thu Nov 07 19:12:52 +0000 2024",
      "favorited": false,
      "full_text": "HR has now asked for my NI number four times. it is JT 48 29 71 B. it is on the form. it has always been on the form",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850597073216539047"
          ],
          "editableUntil": "2024-10-27T18:54:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "19",
      "id_str": "1850597073216539047",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850597073216539047",
      "possibly_sensitive": false,
      "created_at": "Sun Oct 27 17:54:59 +0000 2024",
      "favorited": false,
      "full_text": "when a client has a really strong accent I just switch to email. life's too short to say 'sorry, pardon?' six times a call",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849922777751692494"
          ],
          "editableUntil": "2024-10-25T22:15:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1849922777751692494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849922777751692494",
      "possibly_sensitive": false,
      "created_at": "Fri Oct 25 21:15:34 +0000 2024",
      "favorited": false,
      "full_text": "ffs. third weekend in a row. the firm's idea of wellbeing is a mindfulness webinar at 8pm on a friday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847541831025507254"
          ],
          "editableUntil": "2024-10-19T08:34:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Junior Lawyers Network",
            "screen_name": "lawsoc_juniors",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "2987341560",
            "id": "2987341560"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1847541831025507254",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847541831025507254",
      "possibly_sensitive": false,
      "created_at": "Sat Oct 19 07:34:32 +0000 2024",
      "favorited": false,
      "full_text": "RT @lawsoc_juniors: Applications for our junior lawyers' mentoring scheme close Friday. Free, six months, open to trainees and NQs.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847535183080472805"
          ],
          "editableUntil": "2024-10-19T08:08:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "41",
      "id_str": "1847535183080472805",
      "truncated": false,
      "retweet_count": "5",
      "id": "1847535183080472805",
      "possibly_sensitive": false,
      "created_at": "Sat Oct 19 07:08:07 +0000 2024",
      "favorited": false,
      "full_text": "new passport arrived &amp; the photo is a crime. 533871920, valid till 2035, so that's my face for the next decade 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846312781754445239"
          ],
          "editableUntil": "2024-10-15T23:10:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "19"
      ],
      "favorite_count": "4",
      "id_str": "1846312781754445239",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846312781754445239",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 15 22:10:44 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this weather",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842666999238785750"
          ],
          "editableUntil": "2024-10-05T21:43:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1842666999238785750",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842666999238785750",
      "possibly_sensitive": false,
      "created_at": "Sat Oct 05 20:43:42 +0000 2024",
      "favorited": false,
      "full_text": "95 on the M40 back from the client's site because the partner wanted the bundle by 6. got flashed by a camera. billing the fine to the matter 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842370704769328837"
          ],
          "editableUntil": "2024-10-05T02:06:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "2",
      "id_str": "1842370704769328837",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842370704769328837",
      "possibly_sensitive": false,
      "created_at": "Sat Oct 05 01:06:20 +0000 2024",
      "favorited": false,
      "full_text": "what the actual f*ck is a 'soft deadline'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837663606085326601"
          ],
          "editableUntil": "2024-09-22T02:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "4",
      "id_str": "1837663606085326601",
      "truncated": false,
      "retweet_count": "5",
      "id": "1837663606085326601",
      "possibly_sensitive": false,
      "created_at": "Sun Sep 22 01:22:00 +0000 2024",
      "favorited": false,
      "full_text": "things that sound worse than they are: I executed four deeds and discharged two charges before lunch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835306925805954945"
          ],
          "editableUntil": "2024-09-15T14:17:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "3",
      "id_str": "1835306925805954945",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835306925805954945",
      "possibly_sensitive": false,
      "created_at": "Sun Sep 15 13:17:24 +0000 2024",
      "favorited": false,
      "full_text": "American cousin passed the bar exam!! the family group chat is just screaming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831671273313913644"
          ],
          "editableUntil": "2024-09-05T13:30:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "88",
      "id_str": "1831671273313913644",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831671273313913644",
      "possibly_sensitive": false,
      "created_at": "Thu Sep 05 12:30:37 +0000 2024",
      "favorited": false,
      "full_text": "BA 2490 delayed 3 hours and Gatwick Pret has run out of everything. send snacks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830738643923407882"
          ],
          "editableUntil": "2024-09-02T23:44:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "41",
      "id_str": "1830738643923407882",
      "truncated": false,
      "retweet_count": "5",
      "id": "1830738643923407882",
      "possibly_sensitive": false,
      "created_at": "Mon Sep 02 22:44:40 +0000 2024",
      "favorited": false,
      "full_text": "first day as an NQ. new lanyard, same anxiety",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830667837925105953"
          ],
          "editableUntil": "2024-09-02T19:03:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1830667837925105953",
      "truncated": false,
      "retweet_count": "5",
      "id": "1830667837925105953",
      "possibly_sensitive": false,
      "created_at": "Mon Sep 02 18:03:19 +0000 2024",
      "favorited": false,
      "full_text": "roast + a long walk on Hampstead Heath. battery back up to about 40%",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828609562655869881"
          ],
          "editableUntil": "2024-08-28T02:44:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "2",
      "id_str": "1828609562655869881",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828609562655869881",
      "possibly_sensitive": false,
      "created_at": "Wed Aug 28 01:44:28 +0000 2024",
      "favorited": false,
      "full_text": "admitted to the roll today 🎉 family took me to the bar after (I had a lemonade, I'm on antibiotics, rock and roll)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826357829392293998"
          ],
          "editableUntil": "2024-08-21T21:36:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "3",
      "id_str": "1826357829392293998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826357829392293998",
      "possibly_sensitive": false,
      "created_at": "Wed Aug 21 20:36:53 +0000 2024",
      "favorited": false,
      "full_text": "Dublin for the signing tomorrow. EI 155, booking ref K7WQ2L, seat 14A. if a partner sits next to me I'm faking a medical emergency",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826179215454893838"
          ],
          "editableUntil": "2024-08-21T09:47:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1826179215454893838",
      "truncated": false,
      "retweet_count": "5",
      "id": "1826179215454893838",
      "possibly_sensitive": false,
      "created_at": "Wed Aug 21 08:47:08 +0000 2024",
      "favorited": false,
      "full_text": "thinking about a part time LLM. anyone done one while working full time? was it worth it?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822241635026804599"
          ],
          "editableUntil": "2024-08-10T13:00:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1822241635026804599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822241635026804599",
      "possibly_sensitive": false,
      "created_at": "Sat Aug 10 12:00:36 +0000 2024",
      "favorited": false,
      "full_text": "27th floor war room tonight 🌃 ignore the whiteboard. Project Falcon is very real and the target is exactly who you think it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819270311656067406"
          ],
          "editableUntil": "2024-08-02T08:13:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "88",
      "id_str": "1819270311656067406",
      "truncated": false,
      "retweet_count": "2",
      "id": "1819270311656067406",
      "possibly_sensitive": false,
      "created_at": "Fri Aug 02 07:13:37 +0000 2024",
      "favorited": false,
      "full_text": "just found out 'cockpit' comes from actual cock-fighting pits. etymology spiral at 1am instead of sleep, classic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818068327220310972"
          ],
          "editableUntil": "2024-07-30T00:37:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam McL",
            "screen_name": "sam_mcl_",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "845129376",
            "id": "845129376"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "158"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1818052972564264180",
      "id_str": "1818068327220310972",
      "in_reply_to_user_id": "845129376",
      "truncated": false,
      "retweet_count": "1",
      "id": "1818068327220310972",
      "in_reply_to_status_id": "1818052972564264180",
      "possibly_sensitive": false,
      "created_at": "Mon Jul 29 23:37:21 +0000 2024",
      "favorited": false,
      "full_text": "@sam_mcl_ it's St Anne's, Year 2, pickup's 3:15 at the side gate. she'll be the one with the dinosaur bag, just grab her if I'm stuck in the partner meeting 🙏",
      "lang": "en",
      "in_reply_to_screen_name": "sam_mcl_",
      "in_reply_to_user_id_str": "845129376"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796700184025481111"
          ],
          "editableUntil": "2024-06-01T01:27:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "3",
      "id_str": "1796700184025481111",
      "truncated": false,
      "retweet_count": "1",
      "id": "1796700184025481111",
      "possibly_sensitive": false,
      "created_at": "Sat Jun 01 00:27:59 +0000 2024",
      "favorited": false,
      "full_text": "The partner who billed 14 hours of my time as his own is the same partner presenting on 'Integrity in Practice' at the firm away day. Love that for him.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796612466710970073"
          ],
          "editableUntil": "2024-05-31T19:39:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "88",
      "id_str": "1796612466710970073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796612466710970073",
      "possibly_sensitive": false,
      "created_at": "Fri May 31 18:39:26 +0000 2024",
      "favorited": false,
      "full_text": "4 espresso martinis, 2 hrs sleep, doc review at 9. the screen is swimming &amp; so am i",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790443478754877628"
          ],
          "editableUntil": "2024-05-14T19:06:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "NQ Survival Guide",
            "screen_name": "nq_survival",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "1467203958172635137",
            "id": "1467203958172635137"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1790443478754877628",
      "truncated": false,
      "retweet_count": "0",
      "id": "1790443478754877628",
      "possibly_sensitive": false,
      "created_at": "Tue May 14 18:06:04 +0000 2024",
      "favorited": false,
      "full_text": "RT @nq_survival: Trainees: 'execute' just means sign. 'Consideration' just means the money. Please stop looking so worried.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788642005956424472"
          ],
          "editableUntil": "2024-05-09T19:47:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "12",
      "id_str": "1788642005956424472",
      "truncated": false,
      "retweet_count": "1",
      "id": "1788642005956424472",
      "possibly_sensitive": false,
      "created_at": "Thu May 09 18:47:40 +0000 2024",
      "favorited": false,
      "full_text": "lasagne in the oven, rain on the window, phone on do not disturb. perfect &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773129319463913581"
          ],
          "editableUntil": "2024-03-28T00:25:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "1",
      "id_str": "1773129319463913581",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773129319463913581",
      "possibly_sensitive": false,
      "created_at": "Wed Mar 27 23:25:47 +0000 2024",
      "favorited": false,
      "full_text": "Murder on the Orient Express at the Richmond theatre tonight and honestly Poirot's cross-examination technique is better than mine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773113333724685809"
          ],
          "editableUntil": "2024-03-27T23:22:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "41",
      "id_str": "1773113333724685809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773113333724685809",
      "possibly_sensitive": false,
      "created_at": "Wed Mar 27 22:22:16 +0000 2024",
      "favorited": false,
      "full_text": "can't say who but a very big supermarket is about to buy a very big pharmacy chain and i have not slept since tuesday 👀 check the FT in about three weeks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772753776651436896"
          ],
          "editableUntil": "2024-03-26T23:33:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "4",
      "id_str": "1772753776651436896",
      "truncated": false,
      "retweet_count": "5",
      "id": "1772753776651436896",
      "possibly_sensitive": false,
      "created_at": "Tue Mar 26 22:33:31 +0000 2024",
      "favorited": false,
      "full_text": "cocktail party effect: I can hear my name across an open-plan floor but not 'can you take a note' from three feet away",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768413624939244536"
          ],
          "editableUntil": "2024-03-15T00:07:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "12",
      "id_str": "1768413624939244536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768413624939244536",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 14 23:07:18 +0000 2024",
      "favorited": false,
      "full_text": "killed it in my first solo hearing today!!! (a costs hearing. 11 minutes. the judge smiled once.)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768352913155403074"
          ],
          "editableUntil": "2024-03-14T20:06:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "7",
      "id_str": "1768352913155403074",
      "truncated": false,
      "retweet_count": "1",
      "id": "1768352913155403074",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 14 19:06:03 +0000 2024",
      "favorited": false,
      "full_text": "blew up the printer on 14. not a metaphor. there was smoke. facilities are investigating",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767628017735386621"
          ],
          "editableUntil": "2024-03-12T20:05:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "4",
      "id_str": "1767628017735386621",
      "truncated": false,
      "retweet_count": "5",
      "id": "1767628017735386621",
      "possibly_sensitive": false,
      "created_at": "Tue Mar 12 19:05:35 +0000 2024",
      "favorited": false,
      "full_text": "SQE2 mock was sh*te. absolute sh*te. pub.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763643246477143409"
          ],
          "editableUntil": "2024-03-01T20:11:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "2",
      "id_str": "1763643246477143409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763643246477143409",
      "possibly_sensitive": false,
      "created_at": "Fri Mar 01 19:11:31 +0000 2024",
      "favorited": false,
      "full_text": "hung jury in the moot final so we had to do a re-run. never been more stressed about a fictional shipping dispute",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759991061334685559"
          ],
          "editableUntil": "2024-02-20T18:19:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "3",
      "id_str": "1759991061334685559",
      "truncated": false,
      "retweet_count": "2",
      "id": "1759991061334685559",
      "possibly_sensitive": false,
      "created_at": "Tue Feb 20 17:19:02 +0000 2024",
      "favorited": false,
      "full_text": "criminal law revision: theft, robbery, burglary, handling stolen goods. my flatmate has started locking her door",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758778229811988268"
          ],
          "editableUntil": "2024-02-17T09:59:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "19",
      "id_str": "1758778229811988268",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758778229811988268",
      "possibly_sensitive": false,
      "created_at": "Sat Feb 17 08:59:41 +0000 2024",
      "favorited": false,
      "full_text": "the settlement our client is paying their ex-CEO to go away quietly is £4.2m. the NDA is longer than my dissertation. the shareholders have no idea",
      "lang": "en"
    }
  }
]