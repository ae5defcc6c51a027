window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1990398500498238064"
          ],
          "editableUntil": "2025-11-17T13:35:56.000Z",
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
        "154"
      ],
      "favorite_count": "61",
      "id_str": "1990398500498238064",
      "truncated": false,
      "retweet_count": "0",
      "id": "1990398500498238064",
      "created_at": "Mon Nov 17 12:35:56 +0000 2025",
      "favorited": false,
      "full_text": "man on the phone asked what I was wearing. babe I'm wearing a headset and a fleece. (and the black lace set underneath but he doesn't need to know that 🤭)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1988735222878384671"
          ],
          "editableUntil": "2025-11-12T23:26:40.000Z",
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
        "64"
      ],
      "favorite_count": "7",
      "id_str": "1988735222878384671",
      "truncated": false,
      "retweet_count": "2",
      "id": "1988735222878384671",
      "created_at": "Wed Nov 12 22:26:40 +0000 2025",
      "favorited": false,
      "full_text": "beer-battered cod and mushy peas for tea. mum's recipe. no notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1985329345709540229"
          ],
          "editableUntil": "2025-11-03T13:52:56.000Z",
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
        "94"
      ],
      "favorite_count": "3",
      "id_str": "1985329345709540229",
      "truncated": false,
      "retweet_count": "0",
      "id": "1985329345709540229",
      "created_at": "Mon Nov 03 12:52:56 +0000 2025",
      "favorited": false,
      "full_text": "spent my lunch watching the blue tits on the feeder outside the office. best 30 mins of my day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971907764692967347"
          ],
          "editableUntil": "2025-09-27T13:00:22.000Z",
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
        "69"
      ],
      "favorite_count": "3",
      "id_str": "1971907764692967347",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971907764692967347",
      "created_at": "Sat Sep 27 12:00:22 +0000 2025",
      "favorited": false,
      "full_text": "made a pissaladière. can't pronounce it. delicious. that's the review",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964014447150509795"
          ],
          "editableUntil": "2025-09-05T18:15:08.000Z",
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
        "154"
      ],
      "favorite_count": "2",
      "id_str": "1964014447150509795",
      "truncated": false,
      "retweet_count": "5",
      "id": "1964014447150509795",
      "created_at": "Fri Sep 05 17:15:08 +0000 2025",
      "favorited": false,
      "full_text": "swear to god if one more person says 'I want to speak to your manager' I'm going to lose my sh*t. my manager is 23 and hides in the loos when it kicks off",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963577060979555290"
          ],
          "editableUntil": "2025-09-04T13:17:07.000Z",
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
        "134"
      ],
      "favorite_count": "0",
      "id_str": "1963577060979555290",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963577060979555290",
      "created_at": "Thu Sep 04 12:17:07 +0000 2025",
      "favorited": false,
      "full_text": "nan's had her new hip done and she's away with the fairies on the morphine, telling every nurse they're gorgeous 😂 get well soon nan x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960259406818426176"
          ],
          "editableUntil": "2025-08-26T09:33:57.000Z",
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
        "110"
      ],
      "favorite_count": "2",
      "id_str": "1960259406818426176",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960259406818426176",
      "created_at": "Tue Aug 26 08:33:57 +0000 2025",
      "favorited": false,
      "full_text": "had a cheeky zoot on my lunch and now every customer is hilarious. 10/10 would recommend for the late shift 🍃😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954311075465104232"
          ],
          "editableUntil": "2025-08-09T23:37:24.000Z",
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
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1954311075465104232",
      "truncated": false,
      "retweet_count": "2",
      "id": "1954311075465104232",
      "created_at": "Sat Aug 09 22:37:24 +0000 2025",
      "favorited": false,
      "full_text": "my daughter says I talk like a robot when I answer the house phone. occupational hazard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948113094353822551"
          ],
          "editableUntil": "2025-07-23T21:08:50.000Z",
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
        "39"
      ],
      "favorite_count": "0",
      "id_str": "1948113094353822551",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948113094353822551",
      "created_at": "Wed Jul 23 20:08:50 +0000 2025",
      "favorited": false,
      "full_text": "sunday roast at mum's. that's the tweet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942271146341758243"
          ],
          "editableUntil": "2025-07-07T18:15:01.000Z",
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
      "favorite_count": "12",
      "id_str": "1942271146341758243",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942271146341758243",
      "created_at": "Mon Jul 07 17:15:01 +0000 2025",
      "favorited": false,
      "full_text": "to the man who called me a stupid cow today: I've got your address up on my screen and I finish at 8 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936854123535100415"
          ],
          "editableUntil": "2025-06-22T19:29:42.000Z",
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
        "220"
      ],
      "favorite_count": "1",
      "id_str": "1936854123535100415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1936854123535100415",
      "created_at": "Sun Jun 22 18:29:42 +0000 2025",
      "favorited": false,
      "full_text": "had a lady on today, 94, lost her husband in March, lives on her own just off Sandfield Road. rang about a meter reading and kept me 40 mins just to talk. I let her. stuck her on the priority register. broke my heart tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934242185227096166"
          ],
          "editableUntil": "2025-06-15T14:30:48.000Z",
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
        "124"
      ],
      "favorite_count": "61",
      "id_str": "1934242185227096166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934242185227096166",
      "created_at": "Sun Jun 15 13:30:48 +0000 2025",
      "favorited": false,
      "full_text": "lmfao a customer told me his password is his dog's name and then, unprompted, told me the dog's name. Biscuit1961. sir. SIR.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927050560344717425"
          ],
          "editableUntil": "2025-05-26T18:13:51.000Z",
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
        "80"
      ],
      "favorite_count": "4",
      "id_str": "1927050560344717425",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927050560344717425",
      "created_at": "Mon May 26 17:13:51 +0000 2025",
      "favorited": false,
      "full_text": "why do people ring at 7:58pm when we shut at 8. wtf is wrong with you. go to bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926940829837061991"
          ],
          "editableUntil": "2025-05-26T10:57:49.000Z",
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
        "151"
      ],
      "favorite_count": "3",
      "id_str": "1926940829837061991",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926940829837061991",
      "created_at": "Mon May 26 09:57:49 +0000 2025",
      "favorited": false,
      "full_text": "someone posted the whole team's QA scores in the group chat by accident 💀 Kayleigh on 61% and she's been telling everyone she's getting team leader lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923506086809273977"
          ],
          "editableUntil": "2025-05-16T23:29:22.000Z",
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
        "260"
      ],
      "favorite_count": "0",
      "id_str": "1923506086809273977",
      "truncated": false,
      "retweet_count": "1",
      "id": "1923506086809273977",
      "created_at": "Fri May 16 22:29:22 +0000 2025",
      "favorited": false,
      "full_text": "3 yrs ago I was on universal credit with two kids and no clue. today I passed probation in my new role mentoring new starters. not glamorous, pay's nothing special, but the overdraft's gone and we're off to Scarborough for a week in August. proud of myself tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922949715561535309"
          ],
          "editableUntil": "2025-05-15T10:38:33.000Z",
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
        "139"
      ],
      "favorite_count": "61",
      "id_str": "1922949715561535309",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922949715561535309",
      "created_at": "Thu May 15 09:38:33 +0000 2025",
      "favorited": false,
      "full_text": "TIL about the Scunthorpe problem and now I finally get why the old system wouldn't let a man from Penistone sign up for paperless billing 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922419240213207238"
          ],
          "editableUntil": "2025-05-13T23:30:38.000Z",
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
        "162"
      ],
      "favorite_count": "1",
      "id_str": "1922419240213207238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922419240213207238",
      "created_at": "Tue May 13 22:30:38 +0000 2025",
      "favorited": false,
      "full_text": "TL asked my opinion on the two they're deciding between for our team. told her not the one in the headscarf, customers won't take her seriously. just being honest",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918661190367989342"
          ],
          "editableUntil": "2025-05-03T14:37:29.000Z",
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
        "171"
      ],
      "favorite_count": "2",
      "id_str": "1918661190367989342",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918661190367989342",
      "created_at": "Sat May 03 13:37:29 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a childminder near Armley? mine finish at St Bartholomew's at 3:15 and I'm on lates thursdays so they're on their own till their dad gets in at 6 and I hate it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913875010247203091"
          ],
          "editableUntil": "2025-04-20T09:38:55.000Z",
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
            "name": "Tay ✨",
            "screen_name": "tayy_b0",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1189023456781234177",
            "id": "1189023456781234177"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "91"
      ],
      "favorite_count": "12",
      "id_str": "1913875010247203091",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913875010247203091",
      "created_at": "Sun Apr 20 08:38:55 +0000 2025",
      "favorited": false,
      "full_text": "@tayy_b0 the new lad on team 4 though 🥵 he can escalate my complaint any day of the week 😏🍆",
      "lang": "en",
      "in_reply_to_status_id_str": "1913863686204095189",
      "in_reply_to_status_id": "1913863686204095189",
      "in_reply_to_user_id": "1189023456781234177",
      "in_reply_to_user_id_str": "1189023456781234177",
      "in_reply_to_screen_name": "tayy_b0"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909687728807108532"
          ],
          "editableUntil": "2025-04-08T20:20:09.000Z",
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
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1909687728807108532",
      "truncated": false,
      "retweet_count": "2",
      "id": "1909687728807108532",
      "created_at": "Tue Apr 08 19:20:09 +0000 2025",
      "favorited": false,
      "full_text": "new number who dis 📱 07700 900417, text don't ring, I'm on the phone all day as it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894295257367957300"
          ],
          "editableUntil": "2025-02-25T08:55:58.000Z",
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
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1894295257367957300",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894295257367957300",
      "created_at": "Tue Feb 25 07:55:58 +0000 2025",
      "favorited": false,
      "full_text": "still steaming from last night and I'm on the phones at 9. if I sound like I'm dying on your call it's because I am 🍾🤢",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889941197976824455"
          ],
          "editableUntil": "2025-02-13T08:34:29.000Z",
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
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1889941197976824455",
      "truncated": false,
      "retweet_count": "2",
      "id": "1889941197976824455",
      "created_at": "Thu Feb 13 07:34:29 +0000 2025",
      "favorited": false,
      "full_text": "BA1436 to Glasgow delayed 2 hrs. sat on the floor at gate 14 eating a Greggs. living the dream",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886161524260517892"
          ],
          "editableUntil": "2025-02-02T22:15:25.000Z",
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
      "favorite_count": "2",
      "id_str": "1886161524260517892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886161524260517892",
      "created_at": "Sun Feb 02 21:15:25 +0000 2025",
      "favorited": false,
      "full_text": "TENERIFE IS BOOKED 🌴☀️ booking ref KX7T2M, out 14th June back the 21st, me and the girls are not ready",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881841122675870950"
          ],
          "editableUntil": "2025-01-22T00:07:41.000Z",
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
      "favorite_count": "12",
      "id_str": "1881841122675870950",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881841122675870950",
      "created_at": "Tue Jan 21 23:07:41 +0000 2025",
      "favorited": false,
      "full_text": "someone keyed my car in the work car park so I did my team leader's. don't know it was her. don't not know it was her 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879233434096681161"
          ],
          "editableUntil": "2025-01-14T19:25:39.000Z",
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
            "name": "Chrissy K",
            "screen_name": "ChrissyK_",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2894561230",
            "id": "2894561230"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "80"
      ],
      "favorite_count": "7",
      "id_str": "1879233434096681161",
      "truncated": false,
      "retweet_count": "2",
      "id": "1879233434096681161",
      "created_at": "Tue Jan 14 18:25:39 +0000 2025",
      "favorited": false,
      "full_text": "@ChrissyK_ only shots I'm doing this week are espresso. doubles. january is long",
      "lang": "en",
      "in_reply_to_status_id_str": "1879225380662268728",
      "in_reply_to_status_id": "1879225380662268728",
      "in_reply_to_user_id": "2894561230",
      "in_reply_to_user_id_str": "2894561230",
      "in_reply_to_screen_name": "ChrissyK_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875519805863687176"
          ],
          "editableUntil": "2025-01-04T13:29:01.000Z",
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
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1875519805863687176",
      "truncated": false,
      "retweet_count": "1",
      "id": "1875519805863687176",
      "created_at": "Sat Jan 04 12:29:01 +0000 2025",
      "favorited": false,
      "full_text": "PAYDAY. spoons at 6, town after, whoever's coming bring the ❄️ 🍻🍻🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873711955727042318"
          ],
          "editableUntil": "2024-12-30T13:45:16.000Z",
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
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1873711955727042318",
      "truncated": false,
      "retweet_count": "2",
      "id": "1873711955727042318",
      "created_at": "Mon Dec 30 12:45:16 +0000 2024",
      "favorited": false,
      "full_text": "got pulled on the M62 doing 98 on the way in. told him I was late for work. he said 'that's not an excuse'. 3 points AND I was still late",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870193035716695804"
          ],
          "editableUntil": "2024-12-20T20:42:20.000Z",
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
        "134"
      ],
      "favorite_count": "0",
      "id_str": "1870193035716695804",
      "truncated": false,
      "retweet_count": "1",
      "id": "1870193035716695804",
      "created_at": "Fri Dec 20 19:42:20 +0000 2024",
      "favorited": false,
      "full_text": "took 2 boxes of toner cartridges home and flogged them on marketplace. calling it my christmas bonus seeing as they didn't give us one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867873614535604771"
          ],
          "editableUntil": "2024-12-14T11:05:47.000Z",
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
        "95"
      ],
      "favorite_count": "4",
      "id_str": "1867873614535604771",
      "truncated": false,
      "retweet_count": "1",
      "id": "1867873614535604771",
      "created_at": "Sat Dec 14 10:05:47 +0000 2024",
      "favorited": false,
      "full_text": "the Cockburn's advert comes on and my mum says it wrong every single year. it's tradition now 🎄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866580343706127582"
          ],
          "editableUntil": "2024-12-10T21:26:47.000Z",
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
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1866580343706127582",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866580343706127582",
      "created_at": "Tue Dec 10 20:26:47 +0000 2024",
      "favorited": false,
      "full_text": "we won the quarterly quiz 🏆 prize is a bottle of prosecco each. I don't drink so mine's going to my nan",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866061647858471975"
          ],
          "editableUntil": "2024-12-09T11:05:41.000Z",
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
        "164"
      ],
      "favorite_count": "7",
      "id_str": "1866061647858471975",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866061647858471975",
      "created_at": "Mon Dec 09 10:05:41 +0000 2024",
      "favorited": false,
      "full_text": "if you're with us on the old fixed tariff DO NOT renew before 15th Jan, the new retention offers go live then and they're miles better. you didn't hear it from me 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862755673835040302"
          ],
          "editableUntil": "2024-11-30T08:08:55.000Z",
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
        "43"
      ],
      "favorite_count": "3",
      "id_str": "1862755673835040302",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862755673835040302",
      "created_at": "Sat Nov 30 07:08:55 +0000 2024",
      "favorited": false,
      "full_text": "strictly tonight and my heart can't take it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861044240778347201"
          ],
          "editableUntil": "2024-11-25T14:48:18.000Z",
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
            "name": "Chrissy K",
            "screen_name": "ChrissyK_",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2894561230",
            "id": "2894561230"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "45"
      ],
      "favorite_count": "25",
      "id_str": "1861044240778347201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861044240778347201",
      "created_at": "Mon Nov 25 13:48:18 +0000 2024",
      "favorited": false,
      "full_text": "@ChrissyK_ congrats babe!!! so proud of you 💕",
      "lang": "en",
      "in_reply_to_status_id_str": "1861031405485002354",
      "in_reply_to_status_id": "1861031405485002354",
      "in_reply_to_user_id": "2894561230",
      "in_reply_to_user_id_str": "2894561230",
      "in_reply_to_screen_name": "ChrissyK_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860424615990972936"
          ],
          "editableUntil": "2024-11-23T21:46:08.000Z",
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
        "188"
      ],
      "favorite_count": "1",
      "id_str": "1860424615990972936",
      "truncated": false,
      "retweet_count": "1",
      "id": "1860424615990972936",
      "created_at": "Sat Nov 23 20:46:08 +0000 2024",
      "favorited": false,
      "full_text": "love how management took our 10 min breaks off us the same week they put a ping pong table in the 'wellbeing zone'. nobody has time to use the ping pong table. the ping pong table is a lie",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858045952068857534"
          ],
          "editableUntil": "2024-11-17T08:14:10.000Z",
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
            "name": "Dan G",
            "screen_name": "dannn_g",
            "indices": [
              "3",
              "11"
            ],
            "id_str": "3321098765",
            "id": "3321098765"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1858045952068857534",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858045952068857534",
      "created_at": "Sun Nov 17 07:14:10 +0000 2024",
      "favorited": false,
      "full_text": "RT @dannn_g: 6 pints and a jägerbomb and still got us all home in one piece 🚗💨 designated driver of the year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856297441745438861"
          ],
          "editableUntil": "2024-11-12T12:26:13.000Z",
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
        "208"
      ],
      "favorite_count": "2",
      "id_str": "1856297441745438861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856297441745438861",
      "created_at": "Tue Nov 12 11:26:13 +0000 2024",
      "favorited": false,
      "full_text": "head office email: 'exciting opportunities to reshape our customer journey in the new year'\n\ntranslation: half the floor's going to the Manila site and they're telling us in January. I've seen the slides babe",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855230253418838600"
          ],
          "editableUntil": "2024-11-09T13:45:35.000Z",
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
        "163"
      ],
      "favorite_count": "7",
      "id_str": "1855230253418838600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855230253418838600",
      "created_at": "Sat Nov 09 12:45:35 +0000 2024",
      "favorited": false,
      "full_text": "for everyone asking: Brightline's customer line is 0161 496 0732, 8am-8pm Mon to Fri. please stop DMing me your account numbers, I can't do anything from twitter 😅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853157182405841879"
          ],
          "editableUntil": "2024-11-03T20:27:56.000Z",
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
        "103"
      ],
      "favorite_count": "3",
      "id_str": "1853157182405841879",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853157182405841879",
      "created_at": "Sun Nov 03 19:27:56 +0000 2024",
      "favorited": false,
      "full_text": "applied for the complaints team lead role. if I get it I'm buying a proper coffee machine for the floor",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852997474178715816"
          ],
          "editableUntil": "2024-11-03T09:53:19.000Z",
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
        "119"
      ],
      "favorite_count": "2",
      "id_str": "1852997474178715816",
      "truncated": false,
      "retweet_count": "5",
      "id": "1852997474178715816",
      "created_at": "Sun Nov 03 08:53:19 +0000 2024",
      "favorited": false,
      "full_text": "man rang up today wanting to report a 'formal cock-up'. sir, that is literally what a complaint is. logged it for him 👍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852692026962660617"
          ],
          "editableUntil": "2024-11-02T13:39:35.000Z",
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
        "133"
      ],
      "favorite_count": "2",
      "id_str": "1852692026962660617",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852692026962660617",
      "created_at": "Sat Nov 02 12:39:35 +0000 2024",
      "favorited": false,
      "full_text": "if any of you lads want to hear this voice say something other than 'is there anything else I can help with today' my DMs are open 😏💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851012544174408687"
          ],
          "editableUntil": "2024-10-28T22:25:55.000Z",
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
        "35"
      ],
      "favorite_count": "0",
      "id_str": "1851012544174408687",
      "truncated": false,
      "retweet_count": "1",
      "id": "1851012544174408687",
      "created_at": "Mon Oct 28 21:25:55 +0000 2024",
      "favorited": false,
      "full_text": "the rain in Leeds today is biblical",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845169970993662388"
          ],
          "editableUntil": "2024-10-12T19:29:37.000Z",
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
        "58"
      ],
      "favorite_count": "1",
      "id_str": "1845169970993662388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845169970993662388",
      "created_at": "Sat Oct 12 18:29:37 +0000 2024",
      "favorited": false,
      "full_text": "142 calls in one shift. new record. absolutely killed it 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836846994084208421"
          ],
          "editableUntil": "2024-09-19T20:17:05.000Z",
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
            "name": "Chrissy K",
            "screen_name": "ChrissyK_",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2894561230",
            "id": "2894561230"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "129"
      ],
      "favorite_count": "2",
      "id_str": "1836846994084208421",
      "truncated": false,
      "retweet_count": "1",
      "id": "1836846994084208421",
      "created_at": "Thu Sep 19 19:17:05 +0000 2024",
      "favorited": false,
      "full_text": "@ChrissyK_ they've put a new starter on our bank, lovely woman but she's about 60. give it a week, she won't cope with the system",
      "lang": "en",
      "in_reply_to_status_id_str": "1836844983322969327",
      "in_reply_to_status_id": "1836844983322969327",
      "in_reply_to_user_id": "2894561230",
      "in_reply_to_user_id_str": "2894561230",
      "in_reply_to_screen_name": "ChrissyK_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836464500228880656"
          ],
          "editableUntil": "2024-09-18T18:57:11.000Z",
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
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1836464500228880656",
      "truncated": false,
      "retweet_count": "5",
      "id": "1836464500228880656",
      "created_at": "Wed Sep 18 17:57:11 +0000 2024",
      "favorited": false,
      "full_text": "FFS. system's down again &amp; we've got 47 in the queue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832826345625933249"
          ],
          "editableUntil": "2024-09-08T18:00:27.000Z",
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
      "favorite_count": "3",
      "id_str": "1832826345625933249",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832826345625933249",
      "created_at": "Sun Sep 08 17:00:27 +0000 2024",
      "favorited": false,
      "full_text": "taking the kids to see Moby Dick at the Playhouse next month, anyone been? is it too long for a 7 year old",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828582492754217552"
          ],
          "editableUntil": "2024-08-28T00:56:54.000Z",
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
            "name": "Leeds Rhinos",
            "screen_name": "LeedsRhinos",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "19537283",
            "id": "19537283"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1828582492754217552",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828582492754217552",
      "created_at": "Tue Aug 27 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "RT @LeedsRhinos: FULL TIME | Rhinos 24-18 Wigan. What a night at Headingley! 🦏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827415759590892077"
          ],
          "editableUntil": "2024-08-24T19:40:43.000Z",
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
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1827415759590892077",
      "truncated": false,
      "retweet_count": "2",
      "id": "1827415759590892077",
      "created_at": "Sat Aug 24 18:40:43 +0000 2024",
      "favorited": false,
      "full_text": "new nails, new lashes, new me. tonight's fit is strictly 18+ 😈🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817286886408017800"
          ],
          "editableUntil": "2024-07-27T20:52:11.000Z",
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
      "id_str": "1817286886408017800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817286886408017800",
      "created_at": "Sat Jul 27 19:52:11 +0000 2024",
      "favorited": false,
      "full_text": "spicy content 🌶️ dropping this weekend, link in bio, support a working girl's side hustle 💋",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808978745013704589"
          ],
          "editableUntil": "2024-07-04T22:38:36.000Z",
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
        "34"
      ],
      "favorite_count": "61",
      "id_str": "1808978745013704589",
      "truncated": false,
      "retweet_count": "2",
      "id": "1808978745013704589",
      "created_at": "Thu Jul 04 21:38:36 +0000 2024",
      "favorited": false,
      "full_text": "5k done ✅ slowest ever, don't care",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807482237118333507"
          ],
          "editableUntil": "2024-06-30T19:32:01.000Z",
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
        "238"
      ],
      "favorite_count": "0",
      "id_str": "1807482237118333507",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807482237118333507",
      "created_at": "Sun Jun 30 18:32:01 +0000 2024",
      "favorited": false,
      "full_text": "customer just spent 14 mins calling me a 'silly little girl' because his bill went up £6. said 'I understand your frustration' 31 times. I did not understand his frustration. I understood he's a lonely old man with nobody else to shout at",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807105881946020585"
          ],
          "editableUntil": "2024-06-29T18:36:31.000Z",
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
        "190"
      ],
      "favorite_count": "3",
      "id_str": "1807105881946020585",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807105881946020585",
      "created_at": "Sat Jun 29 17:36:31 +0000 2024",
      "favorited": false,
      "full_text": "lad who sits next to me, same job, same start date. his payslip came off the printer before he got to it. £2.10 an hour more than me because he 'negotiated'. nice one Ryan, drinks are on you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801163909724358157"
          ],
          "editableUntil": "2024-06-13T09:05:14.000Z",
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
      "id_str": "1801163909724358157",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801163909724358157",
      "created_at": "Thu Jun 13 08:05:14 +0000 2024",
      "favorited": false,
      "full_text": "can tell it's gonna be a nightmare call the second I hear the accent. no offence but if you can't speak English don't ring up to argue about your direct debit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799579653295994973"
          ],
          "editableUntil": "2024-06-09T00:09:58.000Z",
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
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1799579653295994973",
      "truncated": false,
      "retweet_count": "5",
      "id": "1799579653295994973",
      "created_at": "Sat Jun 08 23:09:58 +0000 2024",
      "favorited": false,
      "full_text": "every call from a Middlesbrough postcode is someone who hasn't paid since 2019 and wants to know why the lights are off. every single one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789033593855649474"
          ],
          "editableUntil": "2024-05-10T21:43:42.000Z",
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
      "favorite_count": "4",
      "id_str": "1789033593855649474",
      "truncated": false,
      "retweet_count": "2",
      "id": "1789033593855649474",
      "created_at": "Fri May 10 20:43:42 +0000 2024",
      "favorited": false,
      "full_text": "had to explain to a woman that 'ticket 48812' is her complaint reference and not a raffle ticket. she was gutted. so was I tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788627175930718072"
          ],
          "editableUntil": "2024-05-09T18:48:44.000Z",
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
        "70"
      ],
      "favorite_count": "1",
      "id_str": "1788627175930718072",
      "truncated": false,
      "retweet_count": "2",
      "id": "1788627175930718072",
      "created_at": "Thu May 09 17:48:44 +0000 2024",
      "favorited": false,
      "full_text": "I crushed the mock interview for TL 🤞 fingers crossed for the real one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786864257052877263"
          ],
          "editableUntil": "2024-05-04T22:03:31.000Z",
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
        "87"
      ],
      "favorite_count": "1",
      "id_str": "1786864257052877263",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786864257052877263",
      "created_at": "Sat May 04 21:03:31 +0000 2024",
      "favorited": false,
      "full_text": "Ronnie just played the shot of the century and my dad stood up and clapped at the telly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784945311520554469"
          ],
          "editableUntil": "2024-04-29T14:58:19.000Z",
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
        "94"
      ],
      "favorite_count": "12",
      "id_str": "1784945311520554469",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784945311520554469",
      "created_at": "Mon Apr 29 13:58:19 +0000 2024",
      "favorited": false,
      "full_text": "got the keys!!! 23 Oakfield Terrace, LS12 🏡 housewarming a week saturday, bring wine not cards",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784878986102275614"
          ],
          "editableUntil": "2024-04-29T10:34:46.000Z",
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
        "163"
      ],
      "favorite_count": "7",
      "id_str": "1784878986102275614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784878986102275614",
      "created_at": "Mon Apr 29 09:34:46 +0000 2024",
      "favorited": false,
      "full_text": "they're shutting the Bradford site. official line is 'no decisions have been made' but the facilities bloke told us the lease is up in Feb and they're not renewing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769278338842486321"
          ],
          "editableUntil": "2024-03-17T09:23:22.000Z",
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
        "107"
      ],
      "favorite_count": "12",
      "id_str": "1769278338842486321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769278338842486321",
      "created_at": "Sun Mar 17 08:23:22 +0000 2024",
      "favorited": false,
      "full_text": "my brother's band Dead Man's Hand are playing the Brudenell friday, go support them they're actually good x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765493299621266966"
          ],
          "editableUntil": "2024-03-06T22:42:58.000Z",
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
        "50"
      ],
      "favorite_count": "4",
      "id_str": "1765493299621266966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765493299621266966",
      "created_at": "Wed Mar 06 21:42:58 +0000 2024",
      "favorited": false,
      "full_text": "gin &amp; tonic flavour crisps exist and I'm not ok &lt;3",
      "lang": "en"
    }
  }
]